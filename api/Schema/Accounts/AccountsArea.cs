using DebtHub.Api.Schema.Debtors;
using DebtHub.Api.Security;
using DebtHub.Domain.Accounts;
using DebtHub.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Api.Schema.Accounts;

/// <summary>Accounts: the debt, its money (buckets, ledger), its holds and notes, and the people around it.</summary>
internal static class AccountsArea
{
    private const string Sdl = """
        extend type Query {
          "One account, when the caller may see it (a collector: accounts assigned to them or their team); null otherwise."
          account(id: ID!): Account @authorize
        }

        "One debt placed with us: its money, holds and notes, and the debtor who owes it."
        type Account implements Node @authorize {
          id: ID!
          "The account number the creditor knows it by."
          creditorAccountNumber: String!
          originalCreditor: String!
          currentCreditor: String!
          type: AccountType!
          status: AccountStatus!
          "ISO 4217 currency of every amount on the account."
          currency: String!
          "The state whose law governs the debt (two letters)."
          governingState: String!
          "The Reg F itemization date (12 CFR 1006.34(b)(3)) and the amount owed on it."
          itemizationDate: Date!
          itemizationAmount: Decimal!
          chargeOffDate: Date
          delinquencyDate: Date
          "Days since the delinquency date, today (UTC); null without a delinquency date."
          daysDelinquent: Int
          lastPaymentDate: Date
          "After this date the debt is time-barred: no suit and no threat of suit."
          statuteOfLimitationsDate: Date
          placedAt: DateTime!
          firstCommunicationAt: DateTime
          validationNoticeSentAt: DateTime
          validationPeriodEndsOn: Date
          "What is owed now: principal + interest + fees."
          balance: Decimal!
          balances: Buckets!
          "The ledger in totals: placed, accrued, paid and adjusted, and the last payment."
          ledgerSummary: LedgerSummary!
          "The newest ledger transactions first."
          transactions(last: Int! = 20): [LedgerTransaction!]!
          "Holds stopping collection activity; lifted ones stay as history unless activeOnly."
          holds(activeOnly: Boolean! = false): [AccountHold!]!
          "Whether any hold is active."
          onHold: Boolean!
          "Notes written on this account, newest first."
          notes: [Note!]!
          "Calls, texts, emails and letters about this account, newest first."
          contactAttempts(last: Int! = 20): [ContactAttempt!]!
          debtor: Debtor!
          creditor: Creditor!
          "The creditor's UUID (the key inside creditor.id, not a node id), for filters."
          creditorId: ID!
          portfolio: Portfolio!
          "The portfolio's UUID (the key inside portfolio.id), for filters."
          portfolioId: ID!
          assignedCollector: Collector
          "The assigned collector's UUID (the key inside assignedCollector.id), for filters."
          assignedCollectorId: ID
        }

        "An amount split into the buckets an account tracks."
        type Buckets {
          principal: Decimal!
          interest: Decimal!
          fees: Decimal!
          total: Decimal!
        }

        "balance = placed + accrued - paid + adjusted."
        type LedgerSummary {
          balance: Decimal!
          principal: Decimal!
          interest: Decimal!
          fees: Decimal!
          "The balance placed with us."
          placed: Decimal!
          "Interest and fees charged since placement."
          accrued: Decimal!
          "Payments, net of reversals and refunds."
          paid: Decimal!
          "Supervisors' corrections, signed."
          adjusted: Decimal!
          lastPaymentOn: Date
          transactionCount: Int!
        }

        "One line of the append-only ledger; a mistake is corrected by another line pointing at it."
        type LedgerTransaction {
          id: ID!
          kind: TransactionKind!
          "Signed change to the balance (negative lowers it)."
          amount: Decimal!
          deltas: Buckets!
          currency: String!
          "When the money moved."
          effectiveOn: Date!
          postedAt: DateTime!
          reason: String
          postedBy: String
          "For reversals and refunds: the payment they undo."
          relatedTransactionId: ID
        }

        "A reason to stop collection activity that only a person can lift."
        type AccountHold {
          id: ID!
          kind: HoldKind!
          reason: String!
          "Attorney representation: the attorney's name, firm and contact; bankruptcy: the case number."
          details: String
          placedAt: DateTime!
          placedBy: String!
          liftedAt: DateTime
          liftedBy: String
          liftReason: String
          isActive: Boolean!
        }

        "One attempt to reach the debtor about this account (and any others it covered)."
        type ContactAttempt {
          id: ID!
          channel: ContactChannel!
          mode: ContactMode
          direction: ContactDirection!
          "The number, address or email used."
          destination: String!
          placedAt: DateTime!
          disposition: ContactDisposition!
          conversationTookPlace: Boolean!
          "Whether it counts toward the Reg F 7-in-7 presumption."
          countsTowardFrequency: Boolean!
        }

        "A collector's or supervisor's note on a debtor or one of their accounts."
        type Note {
          id: ID!
          body: String!
          author: String!
          createdAt: DateTime!
        }

        enum AccountStatus { NEW ACTIVE PAYMENT_PLAN PROMISED DISPUTED CEASE ATTORNEY_REPRESENTED BANKRUPTCY DECEASED LEGAL PAID_IN_FULL SETTLED CLOSED }
        enum AccountType { CREDIT_CARD MEDICAL AUTO_DEFICIENCY UTILITY TELECOM PERSONAL_LOAN STUDENT_LOAN RETAIL BUSINESS_INVOICE OTHER }
        enum HoldKind { CEASE ATTORNEY_REPRESENTATION BANKRUPTCY DECEASED DISPUTE OTHER }
        enum TransactionKind { CHARGE INTEREST FEE PAYMENT ADJUSTMENT REVERSAL REFUND }
        enum ContactChannel { CALL TEXT EMAIL LETTER }
        enum ContactMode { MANUAL_DIAL PREVIEW PROGRESSIVE PREDICTIVE PRERECORDED }
        enum ContactDirection { OUTBOUND INBOUND }
        enum ContactDisposition { PENDING CONVERSATION_RIGHT_PARTY NO_ANSWER VOICEMAIL WRONG_PARTY NOT_CONNECTED SENT NOT_PLACED ABANDONED NOT_RECORDED OUTCOME_UNKNOWN }
        """;

    public static SchemaBuilder AddAccounts(this SchemaBuilder schema) => schema
        .AddSdl(Sdl)
        .BindEnum<AccountStatus>("AccountStatus")
        .BindEnum<AccountType>("AccountType")
        .BindEnum<HoldKind>("HoldKind")
        .BindEnum<TransactionKind>("TransactionKind")
        .BindEnum<Domain.Compliance.ContactChannel>("ContactChannel")
        .BindEnum<Domain.Compliance.ContactMode>("ContactMode")
        .BindEnum<Domain.Contact.ContactDirection>("ContactDirection")
        .BindEnum<Domain.Contact.ContactDisposition>("ContactDisposition")
        .Bind("Query.account", (FieldResolver)AccountAsync)
        .Bind("Account.id", Parents.NodeId<Account>("Account", a => a.Id))
        .Bind("Account.daysDelinquent", (FieldResolver)DaysDelinquent)
        .Bind("Account.balance", Parents.Field<Account>((a, _) => a.Balance.Amount))
        .Bind("Account.balances", (FieldResolver)(c => new(new Buckets(
            c.Value<Account, decimal>(AccountData.Principal, a => a.PrincipalBalance),
            c.Value<Account, decimal>(AccountData.Interest, a => a.InterestBalance),
            c.Value<Account, decimal>(AccountData.Fees, a => a.FeeBalance)))))
        .Bind("Account.ledgerSummary", (FieldResolver)(async c => await c.Service<AccountLoaders>().SummaryAsync(AccountId(c))))
        .Bind("Account.transactions", (FieldResolver)TransactionsAsync)
        .Bind("Account.holds", Parents.Field<Account>((a, c) => c.GetArgument<bool>("activeOnly") ? a.Holds.Where(h => h.IsActive).ToArray() : a.Holds))
        .Bind("Account.onHold", Parents.Field<Account>((a, _) => a.Holds.Any(h => h.IsActive)))
        .Bind("Account.notes", (FieldResolver)(async c => await c.Service<AccountLoaders>().Notes.LoadAsync(AccountId(c))))
        .Bind("Account.debtor", (FieldResolver)DebtorAsync)
        .Bind("Account.creditor", (FieldResolver)(async c =>
            await c.Service<ReferenceLoaders>().Creditors.LoadAsync(c.Value<Account, Guid>(AccountData.CreditorKey, a => a.CreditorId))))
        .Bind("Account.portfolio", (FieldResolver)(async c =>
            await c.Service<ReferenceLoaders>().Portfolios.LoadAsync(c.Value<Account, Guid>(AccountData.PortfolioKey, a => a.PortfolioId))))
        .Bind("Account.assignedCollector", (FieldResolver)AssignedCollectorAsync)
        .Bind("Account.contactAttempts", (FieldResolver)ContactAttemptsAsync)
        .Bind("AccountHold.isActive", Parents.Field<AccountHold>((h, _) => h.IsActive))
        .Bind("LedgerSummary.balance", (FieldResolver)(c => new(c.ParentAs<LedgerSummary>().Balance)))
        .Bind("Buckets.total", (FieldResolver)(c => new(c.ParentAs<Buckets>().Total)))
        .Bind("Note.author", (FieldResolver)(c => new(c.ParentAs<Domain.Notes.Note>().AuthorId)));

    private static Guid AccountId(IResolverContext context) => context.Value<Account, Guid>(AccountData.Key, a => a.Id);

    /// <summary>
    /// The account as one projected query (the selected columns, the debtor with its phones and addresses, holds and
    /// contact attempts in the same SQL), through the node loader, which applies the caller's visibility.
    /// </summary>
    private static ValueTask<object?> AccountAsync(IResolverContext context) =>
        AccountData.LoadNodeAsync(context, "Account", NodeIds.Parse(context.GetArgument<string>("id"), "Account"));

    private static ValueTask<object?> DaysDelinquent(IResolverContext context)
    {
        if (context.Value<Account, DateOnly?>(AccountData.DelinquencyDate, a => a.DelinquencyDate) is not { } since)
        {
            return new((object?)null);
        }

        var today = DateOnly.FromDateTime(context.Service<TimeProvider>().GetUtcNow().UtcDateTime);
        return new(today.DayNumber - since.DayNumber);
    }

    private static async ValueTask<object?> TransactionsAsync(IResolverContext context)
    {
        var last = Math.Clamp(context.GetArgument<int>("last"), 0, 500);
        return last == 0 ? Array.Empty<LedgerTransaction>() : await context.Service<AccountLoaders>().Transactions.LoadAsync((AccountId(context), last));
    }

    /// <summary>The debtor with its phones, addresses and emails (one batch query); each read goes to the audit log.</summary>
    private static async ValueTask<object?> DebtorAsync(IResolverContext context)
    {
        var debtorId = context.Value<Account, Guid>(AccountData.DebtorKey, a => a.DebtorId);
        var debtor = await context.Service<DebtorLoaders>().ById.LoadAsync(debtorId);
        if (debtor is not null)
        {
            context.Service<ReadAuditLog>().RecordRead(context.CurrentUser(), AuditActions.ReadDebtor, "Debtor", debtorId);
        }

        return debtor;
    }

    private static async ValueTask<object?> AssignedCollectorAsync(IResolverContext context) =>
        context.Value<Account, Guid?>(AccountData.CollectorKey, a => a.AssignedCollectorId) is { } id
            ? await context.Service<ReferenceLoaders>().Collectors.LoadAsync(id)
            : null;

    private static async ValueTask<object?> ContactAttemptsAsync(IResolverContext context)
    {
        if (context.Parent is not Account account)
        {
            return DefaultResolvers.ReadProperty(context.Parent, "contactAttempts");
        }

        var last = Math.Clamp(context.GetArgument<int>("last"), 0, 200);
        await using var db = await context.DbAsync();
        return await db.ContactAttempts.AsNoTracking().Where(c => c.AccountIds.Contains(account.Id))
            .OrderByDescending(c => c.PlacedAt).Take(last).ToListAsync(context.CancellationToken);
    }
}
