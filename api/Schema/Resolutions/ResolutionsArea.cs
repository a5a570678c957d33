using DebtHub.Api.Schema.Accounts;
using DebtHub.Domain.Accounts;
using DebtHub.Domain.Resolutions.Complaints;
using DebtHub.Domain.Resolutions.Disputes;
using DebtHub.Domain.Resolutions.Legal;
using DebtHub.Domain.Resolutions.Plans;
using DebtHub.Domain.Resolutions.Promises;
using DebtHub.Domain.Resolutions.Scheduling;
using DebtHub.GraphQL.Types;

namespace DebtHub.Api.Schema.Resolutions;

/// <summary>
/// What was arranged on an account: payment plans and settlements, promises to pay, disputes, complaints and legal
/// referrals. Each list loads through a batch loader keyed by account, so a page of accounts costs one query per list.
/// </summary>
internal static class ResolutionsArea
{
    private const string Sdl = """
        extend type Account {
          "Payment plans and settlements, newest first; openOnly keeps those pending approval or active."
          paymentPlans(openOnly: Boolean! = false): [PaymentPlan!]!
          "Settlements only (plans of kind SETTLEMENT), newest first."
          settlements: [PaymentPlan!]!
          "Promises to pay taken on calls, newest first."
          promises: [PromiseToPay!]!
          "Disputes, newest first; duplicates point at the dispute they repeat."
          disputes: [Dispute!]!
          "Complaints logged about this account, newest first."
          complaints: [Complaint!]!
          "Referrals to an attorney or the legal queue, with their judgments and liens."
          legalReferrals: [LegalReferral!]!
        }

        "An agreement to pay in installments: the whole balance, or a settlement for less."
        type PaymentPlan {
          id: ID!
          accountId: ID!
          kind: PlanKind!
          status: PlanStatus!
          frequency: PaymentFrequency!
          currency: String!
          "The balance when the plan was proposed."
          balanceAtProposal: Decimal!
          "What the installments add up to, to the cent."
          totalAmount: Decimal!
          graceDays: Int!
          agreedOn: Date!
          proposedBy: String!
          proposedAt: DateTime!
          "Why it needed a supervisor: the creditor's guardrails it goes beyond."
          approvalReasons: [String!]!
          decidedBy: String
          decidedAt: DateTime
          decisionNote: String
          brokenAt: DateTime
          completedAt: DateTime
          cancelledAt: DateTime
          installments: [PlanInstallment!]!
        }

        type PlanInstallment {
          id: ID!
          "1 for the first installment."
          sequence: Int!
          dueOn: Date!
          amount: Decimal!
          paidAmount: Decimal!
          status: ScheduledPaymentStatus!
        }

        "A debtor's promise to pay one or several amounts on given dates."
        type PromiseToPay {
          id: ID!
          accountId: ID!
          status: PromiseStatus!
          currency: String!
          totalAmount: Decimal!
          graceDays: Int!
          madeOn: Date!
          recordedBy: String!
          recordedAt: DateTime!
          closedAt: DateTime
          cancelReason: String
          payments: [PromisedPayment!]!
        }

        type PromisedPayment {
          id: ID!
          sequence: Int!
          dueOn: Date!
          amount: Decimal!
          paidAmount: Decimal!
          status: ScheduledPaymentStatus!
        }

        "A consumer's dispute. A timely written one holds collection until verification is recorded (12 CFR 1006.38(d)(2))."
        type Dispute {
          id: ID!
          accountId: ID!
          channel: DisputeChannel!
          reason: DisputeReason!
          summary: String!
          receivedOn: Date!
          "Received by the end of the validation period (or before any notice was sent)."
          isTimely: Boolean!
          hasNewInformation: Boolean!
          status: DisputeStatus!
          "The earlier dispute this one repeats."
          duplicateOfId: ID
          "Whether this dispute is what stops collection now."
          holdsCollection: Boolean!
          recordedBy: String!
          recordedAt: DateTime!
          verifiedAt: DateTime
          verifiedBy: String
          verificationSummary: String
        }

        "One entry of the complaints log."
        type Complaint {
          id: ID!
          debtorId: ID!
          accountId: ID
          category: ComplaintCategory!
          channel: ComplaintChannel!
          summary: String!
          receivedOn: Date!
          "When an answer is due: 15 days for regulator complaints, 30 for others, unless given."
          dueOn: Date!
          status: ComplaintStatus!
          "Open past its due date, today (UTC)."
          isOverdue: Boolean!
          loggedBy: String!
          loggedAt: DateTime!
          resolution: String
          resolvedBy: String
          resolvedAt: DateTime
        }

        "An account sent to an attorney or the legal queue."
        type LegalReferral {
          id: ID!
          accountId: ID!
          venue: LegalVenue!
          purpose: LegalPurpose!
          attorney: String
          reason: String!
          status: LegalReferralStatus!
          "The limitation date the referral was checked against."
          statuteOfLimitationsDate: Date
          referredBy: String!
          referredAt: DateTime!
          court: String
          caseNumber: String
          suitFiledOn: Date
          closedAt: DateTime
          closingReason: String
          judgments: [Judgment!]!
          liens: [Lien!]!
        }

        type Judgment {
          id: ID!
          court: String!
          caseNumber: String!
          amount: Decimal!
          enteredOn: Date!
          recordedBy: String!
        }

        type Lien {
          id: ID!
          description: String!
          jurisdiction: String!
          instrumentNumber: String
          amount: Decimal!
          recordedOn: Date!
          releasedOn: Date
          recordedBy: String!
        }

        enum PlanKind { INSTALLMENTS SETTLEMENT }
        enum PlanStatus { PENDING_APPROVAL ACTIVE REJECTED COMPLETED BROKEN CANCELLED }
        enum PaymentFrequency { WEEKLY BIWEEKLY MONTHLY }
        enum ScheduledPaymentStatus { SCHEDULED KEPT BROKEN }
        enum PromiseStatus { PENDING KEPT BROKEN CANCELLED }
        enum DisputeChannel { ORAL WRITTEN }
        enum DisputeReason { NOT_MY_DEBT WRONG_AMOUNT ALREADY_PAID IDENTITY_THEFT REQUEST_ORIGINAL_CREDITOR OTHER }
        enum DisputeStatus { OPEN VERIFIED DUPLICATE WITHDRAWN }
        enum ComplaintCategory { HARASSMENT FALSE_OR_MISLEADING_STATEMENTS CONTACT_AT_INCONVENIENT_TIME_OR_PLACE THIRD_PARTY_DISCLOSURE DEBT_NOT_OWED WRONG_AMOUNT PAYMENT_HANDLING CREDIT_REPORTING COLLECTOR_CONDUCT OTHER }
        enum ComplaintChannel { PHONE MAIL EMAIL PORTAL CFPB STATE_REGULATOR BETTER_BUSINESS_BUREAU CREDITOR }
        enum ComplaintStatus { OPEN RESOLVED }
        enum LegalVenue { ATTORNEY LEGAL_QUEUE }
        enum LegalPurpose { SUIT JUDGMENT_ENFORCEMENT PROBATE_CLAIM REVIEW }
        enum LegalReferralStatus { REFERRED SUIT_FILED JUDGMENT_ENTERED RECALLED CLOSED }
        """;

    public static SchemaBuilder AddResolutions(this SchemaBuilder schema) => schema
        .AddSdl(Sdl)
        .BindEnum<PlanKind>("PlanKind")
        .BindEnum<PlanStatus>("PlanStatus")
        .BindEnum<PaymentFrequency>("PaymentFrequency")
        .BindEnum<ScheduledPaymentStatus>("ScheduledPaymentStatus")
        .BindEnum<PromiseStatus>("PromiseStatus")
        .BindEnum<DisputeChannel>("DisputeChannel")
        .BindEnum<DisputeReason>("DisputeReason")
        .BindEnum<DisputeStatus>("DisputeStatus")
        .BindEnum<ComplaintCategory>("ComplaintCategory")
        .BindEnum<ComplaintChannel>("ComplaintChannel")
        .BindEnum<ComplaintStatus>("ComplaintStatus")
        .BindEnum<LegalVenue>("LegalVenue")
        .BindEnum<LegalPurpose>("LegalPurpose")
        .BindEnum<LegalReferralStatus>("LegalReferralStatus")
        // Projected into the account's own query (DebtHubData); an account from a mutation payload loads its plans.
        .Bind("Account.paymentPlans", (FieldResolver)(async c => c.Parent is Account account
            ? (await c.Service<ResolutionLoaders>().Plans.LoadAsync(account.Id)).Where(p => !c.GetArgument<bool>("openOnly") || p.IsOpen).ToArray()
            : DefaultResolvers.ReadProperty(c.Parent, c.Field.Name)))
        .Bind("Account.settlements", (FieldResolver)(async c =>
            (await c.Service<ResolutionLoaders>().Plans.LoadAsync(AccountId(c))).Where(p => p.Kind == PlanKind.Settlement).ToArray()))
        .Bind("Account.promises", (FieldResolver)(async c => await c.Service<ResolutionLoaders>().Promises.LoadAsync(AccountId(c))))
        .Bind("Account.disputes", (FieldResolver)(async c => await c.Service<ResolutionLoaders>().Disputes.LoadAsync(AccountId(c))))
        .Bind("Account.complaints", (FieldResolver)(async c => await c.Service<ResolutionLoaders>().Complaints.LoadAsync(AccountId(c))))
        .Bind("Account.legalReferrals", (FieldResolver)(async c => await c.Service<ResolutionLoaders>().LegalReferrals.LoadAsync(AccountId(c))))
        .Bind("Complaint.isOverdue", (FieldResolver)(c => new(c.ParentAs<Complaint>().IsOverdueOn(
            DateOnly.FromDateTime(c.Service<TimeProvider>().GetUtcNow().UtcDateTime)))));

    private static Guid AccountId(IResolverContext context) => context.Value<Account, Guid>(AccountData.Key, a => a.Id);
}
