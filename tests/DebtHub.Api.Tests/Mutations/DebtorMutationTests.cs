using DebtHub.Api.Tests.Support;
using DebtHub.Domain.Debtors;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Api.Tests.Mutations;

public sealed class DebtorMutationTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string CreateDebtor = $$"""
        mutation Create($input: CreateDebtorInput!) {
          createDebtor(input: $input) {
            debtor { id displayName preferredLanguage ssn phones { number lineType consents { scope } } addresses { state zip } emails { address } }
            {{MutationAssertions.Errors}}
          }
        }
        """;

    private const string UpdateDebtor = $$"""
        mutation Update($input: UpdateDebtorInput!) { updateDebtor(input: $input) { debtor { displayName statedLocation } {{MutationAssertions.Errors}} } }
        """;

    private const string AddPhone = $$"""
        mutation AddPhone($input: AddDebtorPhoneInput!) { addDebtorPhone(input: $input) { phone { id number isWorkNumber } debtor { phones { number } } {{MutationAssertions.Errors}} } }
        """;

    private const string UpdatePhone = $$"""
        mutation UpdatePhone($input: UpdateDebtorPhoneInput!) { updateDebtorPhone(input: $input) { phone { status lineType doNotCallSince consents { scope isActive } } {{MutationAssertions.Errors}} } }
        """;

    private const string AddAddress = $$"""
        mutation AddAddress($input: AddDebtorAddressInput!) { addDebtorAddress(input: $input) { address { line1 state zip } {{MutationAssertions.Errors}} } }
        """;

    private const string AddEmail = $$"""
        mutation AddEmail($input: AddDebtorEmailInput!) { addDebtorEmail(input: $input) { email { address } {{MutationAssertions.Errors}} } }
        """;

    [Fact]
    public async Task An_integration_creates_a_debtor_with_phones_addresses_and_emails_in_one_step()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();

        var result = await client.PostGraphQLAsync(CreateDebtor, new
        {
            input = new
            {
                firstName = "  José ",
                lastName = "Núñez-Ōtsuka",
                dateOfBirth = "1975-02-03",
                ssn = "219-09-9999",
                preferredLanguage = "es",
                phones = new object[]
                {
                    new { number = "(503) 555-0142", lineType = "MOBILE", consents = new[] { new { scope = "AUTODIALED_CALLS", source = "Credit application" } } },
                    new { number = "+442071838750" },
                },
                addresses = new[] { new { line1 = "1 Main St", city = "Salem", state = "or", zip = "973011234" } },
                emails = new[] { new { address = "jose@example.org" } },
            },
        }, Tokens.For($"feed{world.Suffix}", "integration"));

        var debtor = result.Succeeded("createDebtor").GetProperty("debtor");
        Assert.Equal("José Núñez-Ōtsuka", debtor.GetProperty("displayName").GetString());
        Assert.Equal("***-**-9999", debtor.GetProperty("ssn").GetString());
        Assert.Equal(["+15035550142", "+442071838750"], debtor.GetProperty("phones").EnumerateArray().Select(p => p.GetProperty("number").GetString()!).Order().ToArray());
        Assert.Equal("OR", debtor.GetProperty("addresses")[0].GetProperty("state").GetString());
        Assert.Equal("97301-1234", debtor.GetProperty("addresses")[0].GetProperty("zip").GetString());
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
        var audit = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == "debtor.created" && e.Actor == $"feed{world.Suffix}");
        Assert.DoesNotContain("José", audit.Details!, StringComparison.Ordinal);
        Assert.DoesNotContain("9999", audit.Details!, StringComparison.Ordinal);
        Assert.Contains("\"ssn\"", audit.Details!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_bad_contact_point_is_reported_with_its_path_and_no_debtor_is_created()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var before = await DatabaseSnapshot.TakeAsync(api);

        var result = await client.PostGraphQLAsync(CreateDebtor, new
        {
            input = new
            {
                firstName = "Ann",
                lastName = "Lee",
                ssn = "000-12-3456",
                phones = new object[] { new { number = "+15035550142" }, new { number = "555-0142" }, new { number = "+1 (123) 555-0142" } },
                addresses = new[] { new { line1 = "1 Main St", city = "Salem", state = "XX", zip = "9730" } },
                emails = new[] { new { address = "not-an-email" } },
            },
        }, Tokens.For(world.Sue, "supervisor"));

        Assert.Equal(
            [
                "InvalidValueError ssn", "InvalidPhoneError phones.1.number", "InvalidPhoneError phones.2.number",
                "InvalidAddressError addresses.0.state", "InvalidAddressError addresses.0.zip", "InvalidValueError emails.0.address",
            ],
            result.TypedErrors("createDebtor"));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(api));
    }

    [Theory]
    [InlineData("Ann\u0000", "InvalidTextError firstName")]
    [InlineData("Ann\u001b[31m", "InvalidTextError firstName")]
    [InlineData("Ann\uffff", "InvalidTextError firstName")]
    [InlineData("Ann\nLee", "InvalidTextError firstName")]
    [InlineData("", "RequiredFieldError firstName")]
    [InlineData("   ", "RequiredFieldError firstName")]
    public async Task Names_with_characters_no_person_types_are_typed_errors_and_nothing_is_written(string firstName, string expected)
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var before = await DatabaseSnapshot.TakeAsync(api);

        var result = await client.PostGraphQLAsync(CreateDebtor, new { input = new { firstName, lastName = "Lee" } }, Tokens.For(world.Sue, "supervisor"));

        Assert.Equal([expected], result.TypedErrors("createDebtor"));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(api));
    }

    [Fact]
    public async Task An_unpaired_surrogate_escaped_in_the_json_is_a_typed_error_not_a_500_and_nothing_is_written()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.For(world.Sue, "supervisor"));
        var before = await DatabaseSnapshot.TakeAsync(api);
        var body = """{"query":"mutation($i: CreateDebtorInput!) { createDebtor(input: $i) { debtor { id } errors { __typename ... on InputError { field } } } }","variables":{"i":{"firstName":"Ann\ud800","lastName":"Lee"}}}""";

        using var response = await client.PostAsync("/graphql", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.True((int)response.StatusCode < 500, $"status {(int)response.StatusCode}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("""{"debtor":null,"errors":[{"__typename":"InvalidTextError","field":"firstName"}]}""", text, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(api));
    }

    [Theory]
    [InlineData("李小龍")]
    [InlineData("محمد")]
    [InlineData("Zoë 🙂")]
    [InlineData("Ва\u0301ся")]
    public async Task Names_in_any_script_are_kept_as_written(string firstName)
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();

        var result = await client.PostGraphQLAsync(CreateDebtor, new { input = new { firstName, lastName = "Lee" } }, Tokens.For(world.Sue, "supervisor"));

        Assert.Equal($"{firstName.Normalize(System.Text.NormalizationForm.FormC)} Lee",
            result.Succeeded("createDebtor").GetProperty("debtor").GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Oversized_strings_are_typed_errors_naming_the_limit_without_echoing_the_text()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var before = await DatabaseSnapshot.TakeAsync(api);
        var huge = new string('x', 2_000_000);

        var result = await client.PostGraphQLAsync(CreateDebtor,
            new { input = new { firstName = huge, lastName = "Lee", phones = new[] { new { number = huge } } } }, Tokens.For(world.Sue, "supervisor"));

        Assert.Equal(["TextTooLongError firstName", "TextTooLongError phones.0.number"], result.TypedErrors("createDebtor"));
        var errors = result.Payload("createDebtor").GetProperty("errors");
        Assert.Equal(100, errors[0].GetProperty("maxLength").GetInt32());
        Assert.True(errors.GetRawText().Length < 2_000);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(api));
    }

    [Fact]
    public async Task A_person_and_a_business_at_once_is_refused()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();

        var result = await client.PostGraphQLAsync(CreateDebtor,
            new { input = new { firstName = "Ann", lastName = "Lee", businessName = "Lee LLC" } }, Tokens.For(world.Sue, "supervisor"));

        Assert.Equal(["InvalidValueError businessName"], result.TypedErrors("createDebtor"));
    }

    [Fact]
    public async Task A_collector_corrects_the_name_of_their_debtor_and_an_unknown_location_is_refused()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var token = Tokens.For(world.Ann, "collector");

        var renamed = await client.PostGraphQLAsync(UpdateDebtor,
            new { input = new { debtorId = world.Debtor.ToString(), middleName = "Elena", statedLocation = "ca" } }, token);
        var before = await DatabaseSnapshot.TakeAsync(api);
        var badLocation = await client.PostGraphQLAsync(UpdateDebtor,
            new { input = new { debtorId = world.Debtor.ToString(), lastName = "Diaz", statedLocation = "Mars" } }, token);

        var debtor = renamed.Succeeded("updateDebtor").GetProperty("debtor");
        Assert.Equal("Maria Elena Lopez", debtor.GetProperty("displayName").GetString());
        Assert.Equal("CA", debtor.GetProperty("statedLocation").GetString());
        Assert.Equal(["InvalidAddressError statedLocation"], badLocation.TypedErrors("updateDebtor"));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(api));
    }

    [Fact]
    public async Task A_collector_cannot_touch_a_debtor_with_no_account_of_their_team()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var before = await DatabaseSnapshot.TakeAsync(api);

        var result = await client.PostGraphQLAsync(AddPhone,
            new { input = new { debtorId = world.OtherDebtor.ToString(), phone = new { number = "+15035550199" } } }, Tokens.For(world.Cid, "collector"));

        Assert.Equal(["NotFoundError debtorId"], result.TypedErrors("addDebtorPhone"));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(api));
    }

    [Fact]
    public async Task A_phone_is_added_once_and_the_same_number_again_is_a_conflict()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var token = Tokens.For(world.Ann, "collector");

        var added = await client.PostGraphQLAsync(AddPhone,
            new { input = new { debtorId = world.Debtor.ToString(), phone = new { number = "503.555.0177", isWorkNumber = true } } }, token);
        var before = await DatabaseSnapshot.TakeAsync(api);
        var again = await client.PostGraphQLAsync(AddPhone,
            new { input = new { debtorId = world.Debtor.ToString(), phone = new { number = "+15035550177" } } }, token);

        var payload = added.Succeeded("addDebtorPhone");
        Assert.Equal("+15035550177", payload.GetProperty("phone").GetProperty("number").GetString());
        Assert.Equal(3, payload.GetProperty("debtor").GetProperty("phones").GetArrayLength());
        Assert.Equal(["ConflictError DUPLICATE_PHONE"], again.TypedErrors("addDebtorPhone"));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(api));
    }

    [Fact]
    public async Task Do_not_call_and_consent_changes_are_recorded_on_the_phone()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var phoneId = await PhoneIdAsync(world.Debtor, "+15035550101");

        var result = await client.PostGraphQLAsync(UpdatePhone, new
        {
            input = new
            {
                phoneId = phoneId.ToString(),
                doNotCall = true,
                revokeConsents = new[] { "AUTODIALED_CALLS" },
                grantConsents = new[] { new { scope = "TEXT_MESSAGES", source = "Portal opt-in" } },
            },
        }, Tokens.For(world.Ann, "collector"));

        var phone = result.Succeeded("updateDebtorPhone").GetProperty("phone");
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, phone.GetProperty("doNotCallSince").ValueKind);
        Assert.Equal(
            ["AUTODIALED_CALLS:False", "TEXT_MESSAGES:True"],
            phone.GetProperty("consents").EnumerateArray().Select(c => $"{c.GetProperty("scope").GetString()}:{c.GetProperty("isActive").GetBoolean()}").Order().ToArray());
    }

    [Fact]
    public async Task A_do_not_call_request_cannot_be_switched_off_and_consent_cannot_come_from_the_future()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var phoneId = await PhoneIdAsync(world.Debtor, "+15035550101");
        var before = await DatabaseSnapshot.TakeAsync(api);

        var result = await client.PostGraphQLAsync(UpdatePhone, new
        {
            input = new
            {
                phoneId = phoneId.ToString(),
                doNotCall = false,
                grantConsents = new[] { new { scope = "TEXT_MESSAGES", source = "Portal", obtainedAt = "2999-01-01T00:00:00Z" } },
            },
        }, Tokens.For(world.Ann, "collector"));

        Assert.Equal(["InvalidValueError grantConsents.0.obtainedAt", "InvalidValueError doNotCall"], result.TypedErrors("updateDebtorPhone"));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(api));
    }

    [Fact]
    public async Task Addresses_need_a_us_state_and_zip_and_emails_must_be_addresses()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var token = Tokens.For(world.Ann, "collector");

        var good = await client.PostGraphQLAsync(AddAddress,
            new { input = new { debtorId = world.Debtor.ToString(), address = new { line1 = "9 Elm St", city = "Eugene", state = "OR", zip = "97401" } } }, token);
        var before = await DatabaseSnapshot.TakeAsync(api);
        var badAddress = await client.PostGraphQLAsync(AddAddress,
            new { input = new { debtorId = world.Debtor.ToString(), address = new { line1 = "9 Elm St", city = "Eugene", state = "ZZ", zip = "ABCDE" } } }, token);
        var badEmail = await client.PostGraphQLAsync(AddEmail,
            new { input = new { debtorId = world.Debtor.ToString(), email = new { address = "maria at example dot com" } } }, token);

        Assert.Equal("97401", good.Succeeded("addDebtorAddress").GetProperty("address").GetProperty("zip").GetString());
        Assert.Equal(["InvalidAddressError address.state", "InvalidAddressError address.zip"], badAddress.TypedErrors("addDebtorAddress"));
        Assert.Equal(["InvalidValueError email.address"], badEmail.TypedErrors("addDebtorEmail"));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(api));
    }

    private async Task<Guid> PhoneIdAsync(Guid debtorId, string number)
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
        return await db.DebtorPhones.Where(p => p.DebtorId == debtorId && p.Number == number).Select(p => p.Id).SingleAsync();
    }
}
