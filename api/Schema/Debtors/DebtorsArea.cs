using DebtHub.Api.Schema.Accounts;
using DebtHub.Api.Security;
using DebtHub.Domain.Debtors;
using DebtHub.GraphQL.Types;
using DebtHub.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Api.Schema.Debtors;

/// <summary>Debtors: the people and businesses who owe, and how to reach them. Every read is audited (ids only).</summary>
internal static class DebtorsArea
{
    private const string Sdl = """
        extend type Query {
          "One debtor, when the caller may see one of their accounts; null otherwise."
          debtor(id: ID!): Debtor @authorize
        }

        "A person or business who owes one or more accounts."
        type Debtor @authorize {
          id: ID!
          kind: DebtorKind!
          "The person's full name, or the business name."
          displayName: String!
          firstName: String
          middleName: String
          lastName: String
          businessName: String
          dateOfBirth: Date
          "The full SSN (123-45-6789) for supervisors and admins, each reveal audited; masked (***-**-6789) for everyone else."
          ssn: String
          ssnLastFour: String
          "A language tag such as en or es."
          preferredLanguage: String!
          "Where the consumer says they are (a state), when it differs from the addresses on file."
          statedLocation: String
          deceased: DeceasedNotice
          bankruptcy: BankruptcyFiling
          military: MilitaryStatus
          createdAt: DateTime!
          phones: [Phone!]!
          addresses: [Address!]!
          emails: [Email!]!
          "The debtor's accounts that the caller may see, oldest placement first."
          accounts: [Account!]!
          "Notes on the debtor and their accounts, newest first."
          notes: [Note!]!
        }

        "A phone number on file, its standing and the consents given for it."
        type Phone {
          id: ID!
          "E.164, e.g. +15551234567."
          number: String!
          lineType: LineType!
          status: PhoneStatus!
          source: ContactSource!
          isWorkNumber: Boolean!
          "The consumer said their employer prohibits such calls (12 CFR 1006.6(b)(3))."
          employerProhibitsCalls: Boolean!
          "Set when the consumer asked not to be called on this number."
          doNotCallSince: DateTime
          textsOptedOut: Boolean!
          "Not known wrong or disconnected, and not on do-not-call."
          isDialable: Boolean!
          addedAt: DateTime!
          consents: [PhoneConsent!]!
        }

        "Consent for one kind of contact on one number (TCPA), and its revocation."
        type PhoneConsent {
          id: ID!
          scope: ConsentScope!
          source: String!
          obtainedAt: DateTime!
          revokedAt: DateTime
          "Obtained and not revoked, now."
          isActive: Boolean!
        }

        type Address {
          id: ID!
          type: AddressType!
          line1: String!
          line2: String
          city: String!
          state: String!
          zip: String!
          country: String!
          status: AddressStatus!
          source: ContactSource!
          firstSeenAt: DateTime!
          lastSeenAt: DateTime!
        }

        type Email {
          id: ID!
          address: String!
          isWorkEmail: Boolean!
          source: ContactSource!
          optedOutAt: DateTime
          addedAt: DateTime!
        }

        type DeceasedNotice { diedOn: Date source: String! reportedAt: DateTime! }
        type BankruptcyFiling { chapter: Int! caseNumber: String! filedOn: Date! source: String! reportedAt: DateTime! }
        type MilitaryStatus { activeSince: Date! activeUntil: Date source: String! }

        enum DebtorKind { PERSON BUSINESS }
        enum LineType { UNKNOWN MOBILE LANDLINE VOIP }
        enum PhoneStatus { UNVERIFIED VALID WRONG_NUMBER DISCONNECTED }
        enum ConsentScope { AUTODIALED_CALLS PRERECORDED_VOICE TEXT_MESSAGES }
        enum AddressType { HOME MAILING WORK OTHER }
        enum AddressStatus { UNKNOWN VALID RETURNED_MAIL }
        enum ContactSource { CREDITOR CONSUMER SKIP_TRACE COLLECTOR OTHER }
        """;

    public static SchemaBuilder AddDebtors(this SchemaBuilder schema) => schema
        .AddSdl(Sdl)
        .BindEnum<DebtorKind>("DebtorKind")
        .BindEnum<LineType>("LineType")
        .BindEnum<PhoneStatus>("PhoneStatus")
        .BindEnum<ConsentScope>("ConsentScope")
        .BindEnum<AddressType>("AddressType")
        .BindEnum<AddressStatus>("AddressStatus")
        .BindEnum<ContactSource>("ContactSource")
        .Bind("Query.debtor", (FieldResolver)DebtorAsync)
        .Bind("Debtor.id", (FieldResolver)(c => new(NodeIds.Format("Debtor", c.ParentAs<Debtor>().Id))))
        .Bind("Debtor.ssn", (FieldResolver)Ssn)
        .Bind("Debtor.accounts", (FieldResolver)(async c => await c.Service<DebtorLoaders>().AccountsFor(c.CurrentUser()).LoadAsync(c.ParentAs<Debtor>().Id)))
        .Bind("Debtor.notes", (FieldResolver)(async c => await c.Service<DebtorLoaders>().Notes.LoadAsync(c.ParentAs<Debtor>().Id)))
        .Bind("Phone.id", (FieldResolver)(c => new(NodeIds.Format("Phone", c.ParentAs<DebtorPhone>().Id))))
        .Bind("PhoneConsent.id", (FieldResolver)(c => new(NodeIds.Format("PhoneConsent", c.ParentAs<PhoneConsent>().Id))))
        .Bind("PhoneConsent.isActive", (FieldResolver)(c => new(c.ParentAs<PhoneConsent>().IsActiveAt(c.Service<TimeProvider>().GetUtcNow()))))
        .Bind("Address.id", (FieldResolver)(c => new(NodeIds.Format("Address", c.ParentAs<DebtorAddress>().Id))))
        .Bind("Email.id", (FieldResolver)(c => new(NodeIds.Format("Email", c.ParentAs<DebtorEmail>().Id))));

    private static async ValueTask<object?> DebtorAsync(IResolverContext context)
    {
        var id = NodeIds.Parse(context.GetArgument<string>("id"), "Debtor");
        var user = context.CurrentUser();
        await using var db = await context.DbAsync();
        var visible = user.SeesEveryAccount || await db.Accounts.Where(a => a.DebtorId == id).VisibleTo(db, user).AnyAsync(context.CancellationToken);
        if (!visible)
        {
            return null;
        }

        var debtor = await context.Service<DebtorLoaders>().ById.LoadAsync(id);
        if (debtor is not null)
        {
            context.Service<ReadAuditLog>().RecordRead(user, AuditActions.ReadDebtor, "Debtor", debtor.Id);
        }

        return debtor;
    }

    /// <summary>Supervisors and admins read the SSN (decrypted here, audited); everyone else sees the last four only.</summary>
    private static ValueTask<object?> Ssn(IResolverContext context)
    {
        var debtor = context.ParentAs<Debtor>();
        if (debtor.SsnLastFour is null)
        {
            return new((object?)null);
        }

        var user = context.CurrentUser();
        if (!user.IsSupervisorOrAdmin || debtor.SsnCipher is null)
        {
            return new($"***-**-{debtor.SsnLastFour}");
        }

        var digits = context.Service<SsnProtector>().Reveal(debtor.SsnCipher);
        context.Service<ReadAuditLog>().RecordRead(user, AuditActions.RevealSsn, "Debtor", debtor.Id);
        return new($"{digits[..3]}-{digits[3..5]}-{digits[5..]}");
    }
}
