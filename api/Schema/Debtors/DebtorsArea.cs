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
        type Debtor implements Node @authorize {
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
        .Bind("Debtor.id", Parents.NodeId<Debtor>("Debtor", d => d.Id))
        .Bind("Debtor.ssn", (FieldResolver)Ssn)
        .Bind("Debtor.accounts", (FieldResolver)(async c => await c.Service<DebtorLoaders>().AccountsFor(c.CurrentUser()).LoadAsync(DebtorId(c))))
        .Bind("Debtor.notes", (FieldResolver)(async c => await c.Service<DebtorLoaders>().Notes.LoadAsync(DebtorId(c))))
        .Bind("Phone.isDialable", Parents.Field<DebtorPhone>((p, _) => p.IsDialable))
        .Bind("PhoneConsent.isActive", Parents.Field<PhoneConsent>((consent, c) => consent.IsActiveAt(c.Service<TimeProvider>().GetUtcNow())));

    private static Guid DebtorId(IResolverContext context) => context.Value<Debtor, Guid>(DebtorData.Key, d => d.Id);

    /// <summary>One projected query through the node loader (which applies the caller's visibility); the read is audited.</summary>
    private static async ValueTask<object?> DebtorAsync(IResolverContext context)
    {
        var id = NodeIds.Parse(context.GetArgument<string>("id"), "Debtor");
        var debtor = await AccountData.LoadNodeAsync(context, "Debtor", id);
        if (debtor is not null)
        {
            context.Service<ReadAuditLog>().RecordRead(context.CurrentUser(), AuditActions.ReadDebtor, "Debtor", id);
        }

        return debtor;
    }

    /// <summary>Supervisors and admins read the SSN (decrypted here, audited); everyone else sees the last four only.</summary>
    private static ValueTask<object?> Ssn(IResolverContext context)
    {
        if (context.Value<Debtor, string?>(DebtorData.SsnLastFour, d => d.SsnLastFour) is not { } lastFour)
        {
            return new((object?)null);
        }

        var user = context.CurrentUser();
        var cipher = context.Value<Debtor, byte[]?>(DebtorData.SsnCipher, d => d.SsnCipher);
        if (!user.IsSupervisorOrAdmin || cipher is null)
        {
            return new($"***-**-{lastFour}");
        }

        var digits = context.Service<SsnProtector>().Reveal(cipher);
        context.Service<ReadAuditLog>().RecordRead(user, AuditActions.RevealSsn, "Debtor", DebtorId(context));
        return new($"{digits[..3]}-{digits[3..5]}-{digits[5..]}");
    }
}
