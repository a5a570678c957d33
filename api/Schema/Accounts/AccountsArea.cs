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
        type Account @authorize {
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
          debtor: Debtor!
          creditor: Creditor!
          portfolio: Portfolio!
          assignedCollector: Collector
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
        """;

    public static SchemaBuilder AddAccounts(this SchemaBuilder schema) => schema
        .AddSdl(Sdl)
        .BindEnum<AccountStatus>("AccountStatus")
        .BindEnum<AccountType>("AccountType")
        .BindEnum<HoldKind>("HoldKind")
        .BindEnum<TransactionKind>("TransactionKind")
        .Bind("Query.account", (FieldResolver)AccountAsync)
        .Bind("Account.id", (FieldResolver)(c => new(NodeIds.Format("Account", c.ParentAs<Account>().Id))))
        .Bind("Account.daysDelinquent", (FieldResolver)DaysDelinquent)
        .Bind("Account.balance", (FieldResolver)(c => new(c.ParentAs<Account>().Balance.Amount)))
        .Bind("Account.ledgerSummary", (FieldResolver)(async c => await c.Service<AccountLoaders>().SummaryAsync(c.ParentAs<Account>().Id)))
        .Bind("Account.transactions", (FieldResolver)TransactionsAsync)
        .Bind("Account.holds", (FieldResolver)(c => new(c.GetArgument<bool>("activeOnly")
            ? c.ParentAs<Account>().Holds.Where(h => h.IsActive).ToArray()
            : c.ParentAs<Account>().Holds)))
        .Bind("Account.onHold", (FieldResolver)(c => new(c.ParentAs<Account>().Holds.Any(h => h.IsActive))))
        .Bind("Account.notes", (FieldResolver)(async c => await c.Service<AccountLoaders>().Notes.LoadAsync(c.ParentAs<Account>().Id)))
        .Bind("Account.debtor", (FieldResolver)DebtorAsync)
        .Bind("Account.creditor", (FieldResolver)(async c => await c.Service<ReferenceLoaders>().Creditors.LoadAsync(c.ParentAs<Account>().CreditorId)))
        .Bind("Account.portfolio", (FieldResolver)(async c => await c.Service<ReferenceLoaders>().Portfolios.LoadAsync(c.ParentAs<Account>().PortfolioId)))
        .Bind("Account.assignedCollector", (FieldResolver)AssignedCollectorAsync)
        .Bind("LedgerSummary.balance", (FieldResolver)(c => new(c.ParentAs<LedgerSummary>().Balance)))
        .Bind("Buckets.total", (FieldResolver)(c => new(c.ParentAs<Buckets>().Total)))
        .Bind("LedgerTransaction.id", (FieldResolver)(c => new(NodeIds.Format("LedgerTransaction", c.ParentAs<LedgerTransaction>().Id))))
        .Bind("LedgerTransaction.relatedTransactionId", (FieldResolver)(c => new(c.ParentAs<LedgerTransaction>().RelatedTransactionId is { } related
            ? NodeIds.Format("LedgerTransaction", related)
            : null)))
        .Bind("AccountHold.id", (FieldResolver)(c => new(NodeIds.Format("AccountHold", c.ParentAs<AccountHold>().Id))))
        .Bind("Note.id", (FieldResolver)(c => new(NodeIds.Format("Note", c.ParentAs<Domain.Notes.Note>().Id))))
        .Bind("Note.author", (FieldResolver)(c => new(c.ParentAs<Domain.Notes.Note>().AuthorId)));

    /// <summary>
    /// The account with its holds and its ledger summary in one query: the single-account screen needs both, and the
    /// summary's aggregates run on the ledger's (account_id, posted_at) index.
    /// </summary>
    private static async ValueTask<object?> AccountAsync(IResolverContext context)
    {
        var id = NodeIds.Parse(context.GetArgument<string>("id"), "Account");
        var user = context.CurrentUser();
        await using var db = await context.DbAsync();
        var found = await db.Accounts.AsNoTracking().AsSingleQuery().Include(a => a.Holds)
            .Where(a => a.Id == id).VisibleTo(db, user)
            .Select(LedgerSummary.WithSummary(db))
            .FirstOrDefaultAsync(context.CancellationToken);
        if (found is null)
        {
            return null;
        }

        context.Service<AccountLoaders>().Know(found.Summary);
        return found.Account;
    }

    private static ValueTask<object?> DaysDelinquent(IResolverContext context)
    {
        if (context.ParentAs<Account>().DelinquencyDate is not { } since)
        {
            return new((object?)null);
        }

        var today = DateOnly.FromDateTime(context.Service<TimeProvider>().GetUtcNow().UtcDateTime);
        return new(today.DayNumber - since.DayNumber);
    }

    private static async ValueTask<object?> TransactionsAsync(IResolverContext context)
    {
        var last = Math.Clamp(context.GetArgument<int>("last"), 0, 500);
        return last == 0 ? Array.Empty<LedgerTransaction>() : await context.Service<AccountLoaders>().Transactions.LoadAsync((context.ParentAs<Account>().Id, last));
    }

    private static async ValueTask<object?> DebtorAsync(IResolverContext context)
    {
        var debtor = await context.Service<DebtorLoaders>().ById.LoadAsync(context.ParentAs<Account>().DebtorId);
        if (debtor is not null)
        {
            context.Service<ReadAuditLog>().RecordRead(context.CurrentUser(), AuditActions.ReadDebtor, "Debtor", debtor.Id);
        }

        return debtor;
    }

    private static async ValueTask<object?> AssignedCollectorAsync(IResolverContext context) =>
        context.ParentAs<Account>().AssignedCollectorId is { } id ? await context.Service<ReferenceLoaders>().Collectors.LoadAsync(id) : null;
}
