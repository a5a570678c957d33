using System.Text;
using System.Text.Json;
using DebtHub.Infrastructure.Twilio.Webhooks;

namespace DebtHub.Infrastructure.Tests.Twilio;

/// <summary>Twilio's own validator vectors (twilio-csharp and twilio-node test suites), from shared/twilio/.</summary>
public sealed class SignatureValidatorTests
{
    private const string BaseUrl = "https://mycompany.com/myapp.php?foo=1&bar=2";

    private static readonly Dictionary<string, string> _standardParams = new()
    {
        ["CallSid"] = "CA1234567890ABCDE",
        ["Caller"] = "+14158675309",
        ["Digits"] = "1234",
        ["From"] = "+14158675309",
        ["To"] = "+18005551212",
    };

    private static readonly JsonDocument _file =
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Twilio", "signature_test_vectors.json")));

    public static TheoryData<string> VectorNames()
    {
        var names = new TheoryData<string>();
        foreach (var vector in _file.RootElement.GetProperty("vectors").EnumerateArray())
        {
            names.Add(vector.GetProperty("description").GetString()!);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Every_official_vector_validates(string description)
    {
        var vector = _file.RootElement.GetProperty("vectors").EnumerateArray().Single(v => v.GetProperty("description").GetString() == description);
        var validator = new TwilioRequestValidator(vector.GetProperty("authToken").GetString()!);
        var url = vector.GetProperty("url").GetString()!;
        var parameters = Params(vector.GetProperty("params"));
        var expected = vector.GetProperty("expectedSignature").GetString()!;

        Assert.Equal(expected, validator.ComputeSignature(url, parameters));
        Assert.True(validator.IsValid(url, parameters, expected));
    }

    [Fact]
    public void There_are_nineteen_vectors() => Assert.Equal(19, VectorNames().Count);

    [Fact]
    public void A_url_signed_with_the_default_port_validates_without_it_and_the_reverse()
    {
        var validator = new TwilioRequestValidator("12345");

        Assert.True(validator.IsValid(BaseUrl, _standardParams, "kvajT1Ptam85bY51eRf/AJRuM3w="));
        Assert.True(validator.IsValid("https://mycompany.com:443/myapp.php?foo=1&bar=2", _standardParams, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
        Assert.True(validator.IsValid("http://mycompany.com/myapp.php?foo=1&bar=2", _standardParams, "0ZXoZLH/DfblKGATFgpif+LLRf4="));
        Assert.True(validator.IsValid("https://user:pass@mycompany.com/myapp.php?foo=1&bar=2", _standardParams, "ZQFR1PTIZXF2MXB8ZnKCvnnA+rI="));
    }

    [Fact]
    public void A_custom_port_is_never_dropped()
    {
        var validator = new TwilioRequestValidator("12345");

        Assert.False(validator.IsValid(BaseUrl, _standardParams, "CYn1h0gLBdNxDGkKJg6hYohgeD8="));
    }

    [Fact]
    public void Host_case_matters()
    {
        var validator = new TwilioRequestValidator("12345");

        Assert.False(validator.IsValid("https://MyCompany.com/myapp.php?foo=1&bar=2", _standardParams, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    }

    [Fact]
    public void A_changed_parameter_a_wrong_token_or_no_signature_fails()
    {
        var tampered = new Dictionary<string, string>(_standardParams) { ["To"] = "+18005551213" };

        Assert.False(new TwilioRequestValidator("12345").IsValid(BaseUrl, tampered, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
        Assert.False(new TwilioRequestValidator("54321").IsValid(BaseUrl, _standardParams, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
        Assert.False(new TwilioRequestValidator("12345").IsValid(BaseUrl, _standardParams, null));
        Assert.False(new TwilioRequestValidator("12345").IsValid(BaseUrl, _standardParams, ""));
    }

    [Fact]
    public void A_json_body_validates_only_when_its_hash_matches_the_signed_url()
    {
        var validator = new TwilioRequestValidator("12345");
        var body = Encoding.UTF8.GetBytes(_file.RootElement.GetProperty("body").GetString()!);
        var hash = _file.RootElement.GetProperty("bodySHA256").GetString();
        var url = $"https://mycompany.com/myapp.php?foo=1&bar=2&bodySHA256={hash}";

        Assert.True(validator.IsValidJsonBody(url, body, "a9nBmqA0ju/hNViExpshrM61xv4="));
        Assert.True(validator.IsValidJsonBody($"https://mycompany.com/myapp.php?bodySHA256={hash}", body, "y77kIzt2vzLz71DgmJGsen2scGs="));
        Assert.False(validator.IsValidJsonBody(url, Encoding.UTF8.GetBytes("""{"property": "other", "boolean": true}"""), "a9nBmqA0ju/hNViExpshrM61xv4="));
        Assert.False(validator.IsValidJsonBody("https://mycompany.com/myapp.php?foo=1&bar=2", body, "a9nBmqA0ju/hNViExpshrM61xv4="));
    }

    [Fact]
    public void The_empty_json_body_vector_validates_with_its_hash()
    {
        var validator = new TwilioRequestValidator("12345");

        Assert.True(validator.IsValidJsonBody(
            "https://mycompany.com:443/myapp.php?foo=1&bar=2&bodySHA256=44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
            "{}"u8,
            "Ldidvp12m26NI7eqEvxnEpkd9Hc="));
    }

    private static List<KeyValuePair<string, string>> Params(JsonElement element)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array)
            {
                pairs.AddRange(property.Value.EnumerateArray().Select(v => new KeyValuePair<string, string>(property.Name, v.GetString()!)));
            }
            else
            {
                pairs.Add(new(property.Name, property.Value.GetString()!));
            }
        }

        return pairs;
    }
}
