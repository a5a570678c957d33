using DebtHub.Api.Schema.Mutations;
using DebtHub.Api.Security;
using DebtHub.Domain.Common;
using DebtHub.Domain.Debtors;
using DebtHub.GraphQL.Conventions;
using DebtHub.GraphQL.Types;
using DebtHub.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Api.Schema.Debtors;

/// <summary>Creating and correcting debtors and the ways to reach them (phones, addresses, emails).</summary>
internal static class DebtorsMutations
{
    private const string Sdl = """
        "A new debtor: a person (firstName and lastName) or a business (businessName), with any contact points known."
        input CreateDebtorInput {
          firstName: String
          middleName: String
          lastName: String
          businessName: String
          dateOfBirth: Date
          "Nine digits, dashes allowed; stored encrypted, never returned in full to collectors."
          ssn: String
          "A language tag such as en or es."
          preferredLanguage: String! = "en"
          phones: [NewPhoneInput!]! = []
          addresses: [NewAddressInput!]! = []
          emails: [NewEmailInput!]! = []
        }

        "Corrections to a debtor; fields left out keep their value."
        input UpdateDebtorInput {
          debtorId: ID!
          firstName: String
          middleName: String
          lastName: String
          preferredLanguage: String
          "Where the consumer says they are now: a USPS state code or a ZIP code."
          statedLocation: String
        }

        "A phone number to put on file."
        input NewPhoneInput {
          "E.164 (+12125550142) or a 10-digit US number with the usual punctuation."
          number: String!
          lineType: LineType! = UNKNOWN
          source: ContactSource! = COLLECTOR
          "A number at the consumer's place of work."
          isWorkNumber: Boolean! = false
          consents: [ConsentInput!]! = []
        }

        "Prior express consent to calls or texts to one number (47 USC 227(b)(1)(A))."
        input ConsentInput {
          scope: ConsentScope!
          "How it was obtained: \"creditor application\", \"recorded call\"..."
          source: String!
          "When it was obtained; now unless given. Not in the future."
          obtainedAt: DateTime
        }

        "A postal address to put on file."
        input NewAddressInput {
          type: AddressType! = HOME
          line1: String!
          line2: String
          city: String!
          "USPS state or territory code."
          state: String!
          "12345 or 12345-6789."
          zip: String!
          source: ContactSource! = COLLECTOR
        }

        "An email address to put on file."
        input NewEmailInput {
          address: String!
          "An employer-provided address must not be used for collection (12 CFR 1006.22(f)(3))."
          isWorkEmail: Boolean! = false
          source: ContactSource! = COLLECTOR
        }

        input AddDebtorPhoneInput {
          debtorId: ID!
          phone: NewPhoneInput!
        }

        "What we learned about a number; fields left out keep their value. The flags only ever turn on."
        input UpdateDebtorPhoneInput {
          phoneId: ID!
          status: PhoneStatus
          lineType: LineType
          "The consumer asked us not to use this number (12 CFR 1006.14(h))."
          doNotCall: Boolean
          "The employer prohibits calls there (12 CFR 1006.6(b)(3))."
          employerProhibitsCalls: Boolean
          textsOptedOut: Boolean
          grantConsents: [ConsentInput!]! = []
          "Consent revoked by any reasonable means is honoured at once."
          revokeConsents: [ConsentScope!]! = []
        }

        input AddDebtorAddressInput {
          debtorId: ID!
          address: NewAddressInput!
        }

        "Mail came back, or the address was confirmed."
        input UpdateDebtorAddressInput {
          addressId: ID!
          "VALID or RETURNED_MAIL."
          status: AddressStatus!
        }

        input AddDebtorEmailInput {
          debtorId: ID!
          email: NewEmailInput!
        }

        """;

    private static readonly string[] Workers = [Roles.Collector, Roles.Supervisor, Roles.Admin];

    private static readonly string[] ContactErrors = [nameof(InvalidPhoneError), nameof(InvalidAddressError)];

    public static SchemaBuilder AddDebtorsMutations(this SchemaBuilder schema) => schema
        .AddSdl(Sdl)
        .AddDebtHubMutation(
            new MutationField("createDebtor", "debtor", "Debtor", ContactErrors)
            {
                Description = "Creates a debtor with the phones, addresses and emails known. Supervisors, admins and integrations.",
                Directives = DebtHubMutations.Authorize(Roles.Supervisor, Roles.Admin, Roles.Integration),
            },
            CreateDebtorAsync)
        .AddDebtHubMutation(
            new MutationField("updateDebtor", "debtor", "Debtor", [nameof(InvalidAddressError)])
            {
                Description = "Corrects a debtor's name, language or stated location.",
                Directives = DebtHubMutations.Authorize(Workers),
            },
            UpdateDebtorAsync)
        .AddDebtHubMutation(
            new MutationField("addDebtorPhone", "phone", "Phone", [nameof(InvalidPhoneError)])
            {
                Description = "Puts a phone number on file for a debtor.",
                Directives = DebtHubMutations.Authorize(Workers),
                MoreFields = "debtor: Debtor",
            },
            AddPhoneAsync)
        .AddDebtHubMutation(
            new MutationField("updateDebtorPhone", "phone", "Phone", [])
            {
                Description = "Records what we learned about a number: status, line type, do-not-call, consents.",
                Directives = DebtHubMutations.Authorize(Workers),
            },
            UpdatePhoneAsync)
        .AddDebtHubMutation(
            new MutationField("addDebtorAddress", "address", "Address", [nameof(InvalidAddressError)])
            {
                Description = "Puts a postal address on file for a debtor.",
                Directives = DebtHubMutations.Authorize(Workers),
                MoreFields = "debtor: Debtor",
            },
            AddAddressAsync)
        .AddDebtHubMutation(
            new MutationField("updateDebtorAddress", "address", "Address", [])
            {
                Description = "Marks an address valid or returned mail.",
                Directives = DebtHubMutations.Authorize(Workers),
            },
            UpdateAddressAsync)
        .AddDebtHubMutation(
            new MutationField("addDebtorEmail", "email", "Email", [])
            {
                Description = "Puts an email address on file for a debtor.",
                Directives = DebtHubMutations.Authorize(Workers),
                MoreFields = "debtor: Debtor",
            },
            AddEmailAsync);

    private static async Task<MutationResult> CreateDebtorAsync(MutationRequest request)
    {
        var input = request.Input;
        var business = input.Text("businessName", 200);
        var person = business is null;
        var first = input.Text("firstName", 100, required: person);
        var middle = input.Text("middleName", 100);
        var last = input.Text("lastName", 100, required: person);
        var birth = input.Date("dateOfBirth", notAfter: request.Today);
        var language = Language(input, "preferredLanguage") ?? "en";
        var ssn = input.Text("ssn", 20);
        if (!person && (first ?? middle ?? last) is not null)
        {
            input.Fail(new InvalidValueError("A debtor is a person (firstName, lastName) or a business (businessName), not both.", input.Path("businessName"), "PERSON_OR_BUSINESS"));
        }

        string? ssnDigits = null;
        if (ssn is not null)
        {
            try
            {
                ssnDigits = SsnProtector.Normalize(ssn);
            }
            catch (DomainException e)
            {
                input.Fail(new InvalidValueError(e.Message, input.Path("ssn"), e.Code));
            }
        }

        var phones = input.Objects("phones").Select(p => ReadPhone(p, request)).ToList();
        var addresses = input.Objects("addresses").Select(ReadAddress).ToList();
        var emails = input.Objects("emails").Select(ReadEmail).ToList();
        if (input.HasErrors)
        {
            return request.Failure();
        }

        var debtor = business is not null
            ? Debtor.CreateBusiness(business, language, request.Now)
            : Debtor.CreatePerson(first!, middle, last!, birth, language, request.Now);
        if (ssnDigits is not null)
        {
            debtor.SetSsn(request.Services.GetRequiredService<SsnProtector>().Protect(ssnDigits));
        }

        foreach (var phone in phones)
        {
            phone!.AddTo(debtor, request.Now);
        }

        foreach (var address in addresses)
        {
            address!.AddTo(debtor, request.Now);
        }

        foreach (var email in emails)
        {
            email!.AddTo(debtor, request.Now);
        }

        request.Db.Debtors.Add(debtor);
        request.Audit("debtor.created", "Debtor", debtor.Id, FieldsGiven(input, "firstName", "middleName", "lastName", "businessName", "dateOfBirth", "ssn", "preferredLanguage", "phones", "addresses", "emails"));
        await request.SaveAsync();
        return MutationResult.Success(debtor);
    }

    private static async Task<MutationResult> UpdateDebtorAsync(MutationRequest request)
    {
        var input = request.Input;
        var debtorId = input.Id("debtorId", "Debtor");
        var first = input.Text("firstName", 100);
        var middle = input.Text("middleName", 100);
        var last = input.Text("lastName", 100);
        var language = input.Has("preferredLanguage") ? Language(input, "preferredLanguage") : null;
        var location = input.Text("statedLocation", 10);
        if (location is not null && !UsState.IsValid(location) && !ZipCode.IsValid(location))
        {
            input.Fail(new InvalidAddressError($"\"{location}\" is neither a USPS state code nor a ZIP code.", input.Path("statedLocation")));
        }

        if (input.HasErrors)
        {
            return request.Failure();
        }

        var debtor = await DebtorAsync(request, debtorId, "debtorId");
        var renamed = input.Has("firstName") || input.Has("middleName") || input.Has("lastName");
        if (renamed)
        {
            debtor.Rename(input.Has("firstName") ? first! : debtor.FirstName!, input.Has("middleName") ? middle : debtor.MiddleName, input.Has("lastName") ? last! : debtor.LastName!);
        }

        if (language is not null)
        {
            debtor.ChangePreferredLanguage(language);
        }

        if (input.Has("statedLocation"))
        {
            debtor.StateLocation(location is not null && UsState.IsValid(location) ? UsState.Normalize(location) : location, request.Now);
        }

        var fields = FieldsGiven(input, "firstName", "middleName", "lastName", "preferredLanguage", "statedLocation");
        if (fields.Count == 0)
        {
            return MutationResult.Failure(new RequiredFieldError("Nothing to change: give at least one field.", null));
        }

        request.Audit("debtor.updated", "Debtor", debtor.Id, fields);
        await request.DebtorChangedAsync(debtor.Id);
        await request.SaveAsync();
        return MutationResult.Success(debtor);
    }

    private static async Task<MutationResult> AddPhoneAsync(MutationRequest request)
    {
        var input = request.Input;
        var debtorId = input.Id("debtorId", "Debtor");
        var phone = input.Object("phone") is { } given ? ReadPhone(given, request) : null;
        if (input.HasErrors || phone is null)
        {
            return request.Failure();
        }

        var debtor = await DebtorAsync(request, debtorId, "debtorId");
        var added = phone.AddTo(debtor, request.Now);
        request.Audit("debtor.phone.added", "Debtor", debtor.Id, ["phones"], new Dictionary<string, Guid> { ["phoneId"] = added.Id });
        await request.DebtorChangedAsync(debtor.Id);
        await request.SaveAsync();
        return MutationResult.Success(added, new Dictionary<string, object?> { ["debtor"] = debtor });
    }

    private static async Task<MutationResult> UpdatePhoneAsync(MutationRequest request)
    {
        var input = request.Input;
        var phoneId = input.Id("phoneId", "Phone");
        var grants = input.Objects("grantConsents").Select(c => ReadConsent(c, request)).ToList();
        var revokes = input.Enums<ConsentScope>("revokeConsents");
        foreach (var flag in new[] { "doNotCall", "employerProhibitsCalls", "textsOptedOut" })
        {
            if (input.Boolean(flag) == false)
            {
                input.Fail(new InvalidValueError($"{flag} cannot be turned off here: the consumer's request stands.", input.Path(flag), "ONE_WAY_FLAG"));
            }
        }

        if (input.HasErrors)
        {
            return request.Failure();
        }

        var phone = await request.Db.DebtorPhones.Include(p => p.Consents).FirstOrDefaultAsync(p => p.Id == phoneId, request.CancellationToken);
        if (phone is null)
        {
            input.NotFound("phoneId", "Phone", phoneId);
            return request.Failure();
        }

        await request.RequireDebtorAccessAsync(phone.DebtorId, "phoneId");
        var fields = FieldsGiven(input, "status", "lineType", "doNotCall", "employerProhibitsCalls", "textsOptedOut");
        if (input.Enum<PhoneStatus>("status") is { } status)
        {
            phone.MarkStatus(status);
        }

        if (input.Enum<LineType>("lineType") is { } lineType)
        {
            phone.ChangeLineType(lineType);
        }

        if (input.Boolean("doNotCall") == true)
        {
            phone.MarkDoNotCall(request.Now);
        }

        if (input.Boolean("employerProhibitsCalls") == true)
        {
            phone.MarkWorkplaceProhibited();
        }

        if (input.Boolean("textsOptedOut") == true)
        {
            phone.OptOutOfTexts();
        }

        foreach (var grant in grants)
        {
            phone.GrantConsent(grant!.Scope, grant.Source, grant.ObtainedAt, request.Now);
        }

        foreach (var scope in revokes)
        {
            phone.RevokeConsent(scope, request.Now);
        }

        if (grants.Count > 0 || revokes.Count > 0)
        {
            fields.Add("consents");
        }

        if (fields.Count == 0)
        {
            return MutationResult.Failure(new RequiredFieldError("Nothing to change: give at least one field.", null));
        }

        request.Audit("debtor.phone.updated", "Debtor", phone.DebtorId, fields, new Dictionary<string, Guid> { ["phoneId"] = phone.Id });
        await request.DebtorChangedAsync(phone.DebtorId);
        await request.SaveAsync();
        return MutationResult.Success(phone);
    }

    private static async Task<MutationResult> AddAddressAsync(MutationRequest request)
    {
        var input = request.Input;
        var debtorId = input.Id("debtorId", "Debtor");
        var address = input.Object("address") is { } given ? ReadAddress(given) : null;
        if (input.HasErrors || address is null)
        {
            return request.Failure();
        }

        var debtor = await DebtorAsync(request, debtorId, "debtorId");
        var added = address.AddTo(debtor, request.Now);
        request.Audit("debtor.address.added", "Debtor", debtor.Id, ["addresses"], new Dictionary<string, Guid> { ["addressId"] = added.Id });
        await request.DebtorChangedAsync(debtor.Id);
        await request.SaveAsync();
        return MutationResult.Success(added, new Dictionary<string, object?> { ["debtor"] = debtor });
    }

    private static async Task<MutationResult> UpdateAddressAsync(MutationRequest request)
    {
        var input = request.Input;
        var addressId = input.Id("addressId", "Address");
        var status = input.Enum<AddressStatus>("status");
        if (status is AddressStatus.Unknown)
        {
            input.Fail(new InvalidValueError("An address can be marked VALID or RETURNED_MAIL.", input.Path("status"), "INVALID_STATUS"));
        }

        if (input.HasErrors)
        {
            return request.Failure();
        }

        var address = await request.Db.DebtorAddresses.FirstOrDefaultAsync(a => a.Id == addressId, request.CancellationToken);
        if (address is null)
        {
            input.NotFound("addressId", "Address", addressId);
            return request.Failure();
        }

        await request.RequireDebtorAccessAsync(address.DebtorId, "addressId");
        if (status == AddressStatus.Valid)
        {
            address.MarkValid(request.Now);
        }
        else
        {
            address.MarkReturnedMail();
        }

        request.Audit("debtor.address.updated", "Debtor", address.DebtorId, ["status"], new Dictionary<string, Guid> { ["addressId"] = address.Id });
        await request.DebtorChangedAsync(address.DebtorId);
        await request.SaveAsync();
        return MutationResult.Success(address);
    }

    private static async Task<MutationResult> AddEmailAsync(MutationRequest request)
    {
        var input = request.Input;
        var debtorId = input.Id("debtorId", "Debtor");
        var email = input.Object("email") is { } given ? ReadEmail(given) : null;
        if (input.HasErrors || email is null)
        {
            return request.Failure();
        }

        var debtor = await DebtorAsync(request, debtorId, "debtorId");
        var added = email.AddTo(debtor, request.Now);
        request.Audit("debtor.email.added", "Debtor", debtor.Id, ["emails"], new Dictionary<string, Guid> { ["emailId"] = added.Id });
        await request.DebtorChangedAsync(debtor.Id);
        await request.SaveAsync();
        return MutationResult.Success(added, new Dictionary<string, object?> { ["debtor"] = debtor });
    }

    /// <summary>The debtor with every contact point (their duplicate rules need them), within the actor's scope.</summary>
    private static async Task<Debtor> DebtorAsync(MutationRequest request, Guid id, string field)
    {
        var debtor = await request.Db.Debtors
            .Include(d => d.Phones).ThenInclude(p => p.Consents)
            .Include(d => d.Addresses)
            .Include(d => d.Emails)
            .FirstOrDefaultAsync(d => d.Id == id, request.CancellationToken);
        if (debtor is null)
        {
            request.Input.NotFound(field, "Debtor", id);
            throw request.Stop();
        }

        await request.RequireDebtorAccessAsync(id, field);
        return debtor;
    }

    private static string? Language(InputReader input, string field)
    {
        var tag = input.Text(field, 35, required: true);
        if (tag is not null && !tag.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            input.Fail(new InvalidValueError($"\"{tag}\" is not a language tag such as \"en\" or \"es\".", input.Path(field), "INVALID_LANGUAGE"));
            return null;
        }

        return tag;
    }

    private static List<string> FieldsGiven(InputReader input, params string[] fields) => fields.Where(input.Has).ToList();

    private static NewPhone? ReadPhone(InputReader input, MutationRequest request)
    {
        var number = input.Phone("number");
        var consents = input.Objects("consents").Select(c => ReadConsent(c, request)).ToList();
        return number is null || consents.Contains(null)
            ? null
            : new NewPhone(number.Value, input.Enum<LineType>("lineType") ?? LineType.Unknown, input.Enum<ContactSource>("source") ?? ContactSource.Collector,
                input.Boolean("isWorkNumber") ?? false, consents!);
    }

    private static NewConsent? ReadConsent(InputReader input, MutationRequest request)
    {
        var source = input.Text("source", 200, required: true);
        var obtainedAt = input.Instant("obtainedAt", notAfter: request.Now) ?? request.Now;
        return source is null || input.Enum<ConsentScope>("scope") is not { } scope ? null : new NewConsent(scope, source, obtainedAt);
    }

    private static NewAddress? ReadAddress(InputReader input)
    {
        var line1 = input.Text("line1", 200, required: true);
        var line2 = input.Text("line2", 200);
        var city = input.Text("city", 100, required: true);
        var state = input.State("state");
        var zip = input.Zip("zip");
        return line1 is null || city is null || state is null || zip is null
            ? null
            : new NewAddress(input.Enum<AddressType>("type") ?? AddressType.Home, line1, line2, city, state, zip, input.Enum<ContactSource>("source") ?? ContactSource.Collector);
    }

    private static NewEmail? ReadEmail(InputReader input)
    {
        var address = input.Email("address");
        return address is null ? null : new NewEmail(address, input.Boolean("isWorkEmail") ?? false, input.Enum<ContactSource>("source") ?? ContactSource.Collector);
    }

    private sealed record NewConsent(ConsentScope Scope, string Source, DateTimeOffset ObtainedAt);

    private sealed record NewPhone(PhoneNumber Number, LineType LineType, ContactSource Source, bool IsWorkNumber, IReadOnlyList<NewConsent> Consents)
    {
        public DebtorPhone AddTo(Debtor debtor, DateTimeOffset now)
        {
            var phone = debtor.AddPhone(Number, LineType, Source, IsWorkNumber, now);
            foreach (var consent in Consents)
            {
                phone.GrantConsent(consent.Scope, consent.Source, consent.ObtainedAt, now);
            }

            return phone;
        }
    }

    private sealed record NewAddress(AddressType Type, string Line1, string? Line2, string City, string State, string Zip, ContactSource Source)
    {
        public DebtorAddress AddTo(Debtor debtor, DateTimeOffset now) => debtor.AddAddress(Type, Line1, Line2, City, State, Zip, Source, now);
    }

    private sealed record NewEmail(string Address, bool IsWorkEmail, ContactSource Source)
    {
        public DebtorEmail AddTo(Debtor debtor, DateTimeOffset now) => debtor.AddEmail(Address, IsWorkEmail, Source, now);
    }
}
