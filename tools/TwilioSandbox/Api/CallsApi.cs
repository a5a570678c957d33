using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DebtHub.TwilioSandbox.Simulation;
using Microsoft.Extensions.Options;

namespace DebtHub.TwilioSandbox.Api;

/// <summary>The REST subset of API 2010-04-01 our client uses: Calls create, fetch, update, list.</summary>
internal static partial class CallsApi
{
    private const string Root = "/2010-04-01/Accounts/{accountSid}";

    public static void MapCallsApi(this IEndpointRouteBuilder app)
    {
        var calls = app.MapGroup(Root).AddEndpointFilter(AuthenticateAsync);
        calls.MapPost("/Calls.json", CreateAsync);
        calls.MapGet("/Calls.json", List);
        calls.MapGet("/Calls/{callSid}.json", Fetch);
        calls.MapPost("/Calls/{callSid}.json", UpdateAsync);
        app.MapGet("/sandbox/calls/{callSid}/timeline", (string callSid, CallRegistry registry) =>
            registry.Find(callSid) is { } call ? Results.Json(Snapshot(call)) : Results.NotFound());
    }

    /// <summary>Basic auth with the Account SID + Auth Token or an API key; the path's account must be ours.</summary>
    private static ValueTask<object?> AuthenticateAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var options = http.RequestServices.GetRequiredService<IOptions<SandboxOptions>>().Value;
        var header = http.Request.Headers.Authorization.ToString();
        string? user = null, password = null;
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
                var colon = decoded.IndexOf(':', StringComparison.Ordinal);
                (user, password) = colon < 0 ? (decoded, "") : (decoded[..colon], decoded[(colon + 1)..]);
            }
            catch (FormatException)
            {
                // Treated as no credentials.
            }
        }

        var valid = (user == options.AccountSid && password == options.AuthToken)
            || (!string.IsNullOrEmpty(options.ApiKeySid) && user == options.ApiKeySid && password == options.ApiKeySecret);
        if (!valid)
        {
            http.Response.Headers.WWWAuthenticate = "Basic realm=\"Twilio API\"";
            return ValueTask.FromResult<object?>(TwilioErrors.Authenticate());
        }

        if (http.GetRouteValue("accountSid") as string != options.AccountSid)
        {
            return ValueTask.FromResult<object?>(TwilioErrors.NotFound(http.Request.Path));
        }

        return next(context);
    }

    private static async Task<IResult> CreateAsync(
        HttpContext http, CallRegistry registry, CallSimulator simulator, CallScripts scripts, IOptions<SandboxOptions> options)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var to = form["To"].ToString();
        var from = form["From"].ToString();
        if (string.IsNullOrEmpty(to))
        {
            return TwilioErrors.Error(400, 21201, "No 'To' number is specified");
        }

        if (!E164().IsMatch(to) && !to.StartsWith("client:", StringComparison.Ordinal) && !to.StartsWith("sip:", StringComparison.Ordinal))
        {
            return TwilioErrors.InvalidTo(to);
        }

        if (string.IsNullOrEmpty(from))
        {
            return TwilioErrors.Error(400, 21213, "No 'From' number is specified");
        }

        var twiml = form["Twiml"].ToString();
        var urlText = form["Url"].ToString();
        Uri? url = null;
        if (urlText.Length > 0 && !TryHttpUrl(urlText, out url))
        {
            return TwilioErrors.InvalidUrl(urlText);
        }

        if (url is null && twiml.Length == 0)
        {
            return TwilioErrors.Error(400, 21205, "Url parameter is required.");
        }

        Uri? statusCallback = null, amdCallback = null;
        if (form["StatusCallback"].ToString() is { Length: > 0 } sc && !TryHttpUrl(sc, out statusCallback))
        {
            return TwilioErrors.Error(400, 21609, $"Invalid StatusCallback url: {sc}");
        }

        if (form["AsyncAmdStatusCallback"].ToString() is { Length: > 0 } ac && !TryHttpUrl(ac, out amdCallback))
        {
            return TwilioErrors.Error(400, 21609, $"Invalid AsyncAmdStatusCallback url: {ac}");
        }

        var events = form["StatusCallbackEvent"].SelectMany(v => (v ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
        if (events.FirstOrDefault(e => e is not ("initiated" or "ringing" or "answered" or "completed")) is { } bad)
        {
            return TwilioErrors.Error(400, 21626, $"Invalid StatusCallbackEvent: {bad}");
        }

        var machineDetection = form["MachineDetection"].ToString();
        if (machineDetection.Length > 0 && machineDetection is not ("Enable" or "DetectMessageEnd"))
        {
            return TwilioErrors.Error(400, 21200, $"Invalid MachineDetection: {machineDetection}");
        }

        var timeout = int.TryParse(form["Timeout"], NumberStyles.None, CultureInfo.InvariantCulture, out var t) ? Math.Clamp(t, 1, 600) : 60;
        var request = new CallRequest(
            to, from, url, form["Method"].ToString() is { Length: > 0 } m ? m : "POST", twiml.Length > 0 ? twiml : null,
            statusCallback, events, machineDetection.Length > 0 ? machineDetection : null,
            string.Equals(form["AsyncAmd"], "true", StringComparison.OrdinalIgnoreCase), amdCallback, timeout);
        var script = scripts.For(to);
        if (script.RejectCode is { } code)
        {
            return TwilioErrors.Refused(code, to);
        }

        var call = registry.Add(request, script);
        if (call is null)
        {
            return TwilioErrors.Error(400, 22005, "Call queue is full: the call could not start within 24 hours.");
        }

        simulator.Start(call);
        if (script.AnswerDelaySeconds > 0)
        {
            // Real seconds: the client's request timeout, not the simulated world's time.
            await Task.Delay(TimeSpan.FromSeconds(script.AnswerDelaySeconds), http.RequestAborted);
        }

        return script.FailAfterCreate
            ? TwilioErrors.Error(500, 20500, "An internal server error has occurred")
            : Results.Json(CallJson.Of(call, options.Value.AccountSid), statusCode: 201);
    }

    private static IResult Fetch(string callSid, HttpContext http, CallRegistry registry, IOptions<SandboxOptions> options) =>
        registry.Find(callSid) is { } call ? Results.Json(CallJson.Of(call, options.Value.AccountSid)) : TwilioErrors.NotFound(http.Request.Path);

    private static async Task<IResult> UpdateAsync(string callSid, HttpContext http, CallRegistry registry, IOptions<SandboxOptions> options)
    {
        if (registry.Find(callSid) is not { } call)
        {
            return TwilioErrors.NotFound(http.Request.Path);
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var status = form["Status"].ToString();
        var urlText = form["Url"].ToString();
        var twiml = form["Twiml"].ToString();
        Uri? url = null;
        if (urlText.Length > 0 && !TryHttpUrl(urlText, out url))
        {
            return TwilioErrors.InvalidUrl(urlText);
        }

        if (status.Length > 0 && status is not ("canceled" or "completed"))
        {
            return TwilioErrors.Error(400, 20001, $"Invalid Status: {status}");
        }

        lock (call.Gate)
        {
            if (call.IsTerminal)
            {
                return TwilioErrors.InvalidState();
            }

            if (status == "canceled" && call.Status == "in-progress")
            {
                // Canceling only stops calls not yet answered; an answered call is left alone, as Twilio does.
                return Results.Json(CallJson.Of(call, options.Value.AccountSid));
            }

            if (status.Length > 0)
            {
                call.RequestedEnd = status;
                call.Timeline.Add($"rest {status}");
                call.Lifetime.Cancel();
            }
            else if (url is not null || twiml.Length > 0)
            {
                if (call.Status != "in-progress")
                {
                    return TwilioErrors.InvalidState();
                }

                call.PendingRedirect = (url, twiml.Length > 0 ? twiml : null);
                call.CurrentDocument?.Cancel();
            }
        }

        return Results.Json(CallJson.Of(call, options.Value.AccountSid));
    }

    private static IResult List(HttpContext http, CallRegistry registry, IOptions<SandboxOptions> options)
    {
        var query = http.Request.Query;
        var pageSize = int.TryParse(query["PageSize"], NumberStyles.None, CultureInfo.InvariantCulture, out var size) ? Math.Clamp(size, 1, 1000) : 50;
        var page = int.TryParse(query["Page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0;
        var matching = registry.All().Where(c =>
            (query["To"].Count == 0 || c.Request.To == query["To"]) &&
            (query["From"].Count == 0 || c.Request.From == query["From"]) &&
            (query["Status"].Count == 0 || c.Status == query["Status"]) &&
            (query["ParentCallSid"].Count == 0 || c.Request.ParentCallSid == query["ParentCallSid"])).ToList();
        var items = matching.Skip(page * pageSize).Take(pageSize).ToList();
        var path = http.Request.Path.Value!;
        var filters = string.Concat(new[] { "To", "From", "Status", "ParentCallSid" }
            .Where(k => query[k].Count > 0).Select(k => $"&{k}={Uri.EscapeDataString(query[k]!)}"));
        string PageUri(int n) => $"{path}?PageSize={pageSize}&Page={n}{filters}" + (n > 0 ? $"&PageToken=PA{n}" : "");
        var hasNext = (page + 1) * pageSize < matching.Count;
        return Results.Json(new Dictionary<string, object?>
        {
            ["calls"] = items.Select(c => CallJson.Of(c, options.Value.AccountSid)).ToList(),
            ["page"] = page,
            ["page_size"] = pageSize,
            ["start"] = page * pageSize,
            ["end"] = (page * pageSize) + Math.Max(items.Count - 1, 0),
            ["uri"] = PageUri(page),
            ["first_page_uri"] = PageUri(0),
            ["next_page_uri"] = hasNext ? PageUri(page + 1) : null,
            ["previous_page_uri"] = page > 0 ? PageUri(page - 1) : null,
        });
    }

    private static object Snapshot(SandboxCall call)
    {
        lock (call.Gate)
        {
            return new { sid = call.Sid, status = call.Status, answered_by = call.AnsweredBy, timeline = call.Timeline.ToList() };
        }
    }

    private static bool TryHttpUrl(string text, out Uri? url) =>
        Uri.TryCreate(text, UriKind.Absolute, out url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex E164();
}
