using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using DebtHub.Domain.Compliance;
using DebtHub.Infrastructure.Contact;
using DebtHub.Infrastructure.Twilio.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DebtHub.Infrastructure.Twilio.Calls;

/// <summary>
/// Twilio's Calls resource (API 2010-04-01). The only way to create a call is <see cref="PlaceCallAsync"/>, which takes
/// a <see cref="ConfirmedAttempt"/>: a permit of the compliance gate that the ledger reserved and then confirmed (the
/// attempt is recorded). The raw create request is private to this class.
/// </summary>
public sealed partial class TwilioCallsClient
{
    /// <summary>How far back a reconciling list looks for a call whose creation answer was lost (clock skew included).</summary>
    private static readonly TimeSpan _reconcileWindow = TimeSpan.FromMinutes(2);

    private readonly HttpClient _http;
    private readonly TwilioRestTransport _transport;
    private readonly TimeProvider _time;
    private readonly ILogger<TwilioCallsClient> _logger;
    private readonly string _accountSid;

    internal TwilioCallsClient(
        HttpClient http,
        TwilioRequestThrottle throttle,
        TimeProvider time,
        IOptions<TwilioOptions> options,
        ILoggerFactory loggers)
    {
        _http = http;
        _time = time;
        _logger = loggers.CreateLogger<TwilioCallsClient>();
        _accountSid = options.Value.AccountSid;
        _transport = new TwilioRestTransport(http, throttle, time, options, loggers.CreateLogger<TwilioRestTransport>());
    }

    private string CallsPath => $"2010-04-01/Accounts/{_accountSid}/Calls.json";

    /// <summary>
    /// Places the outbound call of a confirmed attempt: refused unless its permit is for a call, to
    /// exactly <see cref="OutboundCall.To"/>, and valid now. If Twilio's answer is lost (timeout, 5xx) the creation is
    /// not re-sent; the recent calls to the number are listed instead, and the call found there is returned.
    /// </summary>
    /// <exception cref="ContactPermitRefusedException">The permit does not cover this call.</exception>
    /// <exception cref="TwilioApiException">Twilio refused the call (e.g. 21211 invalid To).</exception>
    /// <exception cref="TwilioCallOutcomeUnknownException">The answer was lost and no matching call was found.</exception>
    /// <remarks>
    /// The attempt stays recorded whatever happens here: a caller that catches a refusal (this exception or a 4xx
    /// <see cref="TwilioApiException"/>) records it as not connected through <see cref="ContactGateway.AbandonUnplacedAsync"/>.
    /// </remarks>
    public async Task<TwilioCall> PlaceCallAsync(ConfirmedAttempt attempt, OutboundCall call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(call);
        var permit = attempt.Permit;
        var now = _time.GetUtcNow();
        if (permit.Channel != ContactChannel.Call)
        {
            throw new ContactPermitRefusedException($"Permit {permit.Id} is for {permit.Channel}, not a call.");
        }

        if (!string.Equals(permit.Destination, call.To, StringComparison.Ordinal))
        {
            throw new ContactPermitRefusedException($"Permit {permit.Id} covers another destination than this call.");
        }

        if (!permit.IsValidAt(now))
        {
            throw new ContactPermitRefusedException($"Permit {permit.Id} is not valid at {now:O} (valid {permit.IssuedAt:O} to {permit.ExpiresAt:O}).");
        }

        try
        {
            var call1 = await CreateAsync(call, cancellationToken);
            LogPlaced(_logger, call1.Sid, permit.Id);
            return call1;
        }
        catch (Exception ex) when (IsOutcomeUnknown(ex, cancellationToken))
        {
            LogReconciling(_logger, permit.Id);
            TwilioCall? found;
            try
            {
                found = await FindRecentCallAsync(call, now - _reconcileWindow, cancellationToken);
            }
            catch (Exception listing) when (listing is TwilioApiException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                throw new TwilioCallOutcomeUnknownException(
                    $"Creating the call for permit {permit.Id} failed without a clear answer and listing calls failed too; it was not re-sent.", new AggregateException(ex, listing));
            }

            return found ?? throw new TwilioCallOutcomeUnknownException(
                $"Creating the call for permit {permit.Id} failed without a clear answer and no matching call was found; it was not re-sent.", ex);
        }
    }

    public async Task<TwilioCall> FetchAsync(string callSid, CancellationToken cancellationToken)
    {
        var path = CallPath(callSid);
        var body = await _transport.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, path), RetryScope.Idempotent, cancellationToken);
        return Deserialize<TwilioCall>(body);
    }

    /// <summary>Sends a live call to new TwiML at <paramref name="url"/> (e.g. to move a debtor to a collector).</summary>
    public Task<TwilioCall> RedirectAsync(string callSid, Uri url, CancellationToken cancellationToken) =>
        UpdateAsync(callSid, new TwilioForm().Add("Url", url).Add("Method", "POST"), cancellationToken);

    /// <summary>Replaces a live call's instructions with inline TwiML.</summary>
    public Task<TwilioCall> RedirectAsync(string callSid, string twiml, CancellationToken cancellationToken) =>
        UpdateAsync(callSid, new TwilioForm().Add("Twiml", twiml), cancellationToken);

    /// <summary>Stops a call that is still queued or ringing (Twilio error 21220 once it is answered).</summary>
    public Task<TwilioCall> CancelAsync(string callSid, CancellationToken cancellationToken) =>
        UpdateAsync(callSid, new TwilioForm().Add("Status", "canceled"), cancellationToken);

    /// <summary>Hangs up a call in progress.</summary>
    public Task<TwilioCall> CompleteAsync(string callSid, CancellationToken cancellationToken) =>
        UpdateAsync(callSid, new TwilioForm().Add("Status", "completed"), cancellationToken);

    /// <summary>One page of calls, newest first.</summary>
    public async Task<TwilioCallPage> ListPageAsync(CallListFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = new TwilioForm()
            .Add("To", filter.To)
            .Add("From", filter.From)
            .Add("Status", filter.Status?.Value)
            .Add("ParentCallSid", filter.ParentCallSid)
            .Add("PageSize", filter.PageSize)
            .ToQueryString();
        return await GetPageAsync(CallsPath + query, cancellationToken);
    }

    /// <summary>Every call matching <paramref name="filter"/>, following <c>next_page_uri</c> lazily.</summary>
    public async IAsyncEnumerable<TwilioCall> ListAsync(CallListFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var page = await ListPageAsync(filter, cancellationToken);
        while (true)
        {
            foreach (var call in page.Calls)
            {
                yield return call;
            }

            if (string.IsNullOrEmpty(page.NextPageUri))
            {
                yield break;
            }

            page = await GetPageAsync(page.NextPageUri.TrimStart('/'), cancellationToken);
        }
    }

    private async Task<TwilioCallPage> GetPageAsync(string relativeUri, CancellationToken cancellationToken)
    {
        var body = await _transport.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, relativeUri), RetryScope.Idempotent, cancellationToken);
        return Deserialize<TwilioCallPage>(body);
    }

    /// <summary>The raw create request; only <see cref="PlaceCallAsync"/> may call it. Retried on 429 only.</summary>
    private async Task<TwilioCall> CreateAsync(OutboundCall call, CancellationToken cancellationToken)
    {
        var form = new TwilioForm()
            .Add("To", call.To)
            .Add("From", call.From)
            .Add("Url", call.AnswerUrl)
            .Add("Method", "POST")
            .Add("StatusCallback", call.StatusCallback)
            .AddEach("StatusCallbackEvent", call.StatusCallbackEvents.Select(e => e.ToString().ToLowerInvariant()))
            .Add("StatusCallbackMethod", call.StatusCallback is null ? null : "POST")
            .Add("MachineDetection", call.MachineDetection?.ToString())
            .Add("AsyncAmd", call.AsyncAmdStatusCallback is null ? null : true)
            .Add("AsyncAmdStatusCallback", call.AsyncAmdStatusCallback)
            .Add("AsyncAmdStatusCallbackMethod", call.AsyncAmdStatusCallback is null ? null : "POST")
            .Add("Timeout", call.Timeout)
            .Add("TimeLimit", call.TimeLimit)
            .Add("Record", call.Record);
        var path = CallsPath;
        var body = await _transport.SendAsync(
            () => new HttpRequestMessage(HttpMethod.Post, path) { Content = form.ToContent() },
            RetryScope.TooManyRequestsOnly,
            cancellationToken);
        return Deserialize<TwilioCall>(body);
    }

    private async Task<TwilioCall> UpdateAsync(string callSid, TwilioForm form, CancellationToken cancellationToken)
    {
        var path = CallPath(callSid);
        var body = await _transport.SendAsync(
            () => new HttpRequestMessage(HttpMethod.Post, path) { Content = form.ToContent() },
            RetryScope.TooManyRequestsOnly,
            cancellationToken);
        return Deserialize<TwilioCall>(body);
    }

    private async Task<TwilioCall?> FindRecentCallAsync(OutboundCall call, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var page = await ListPageAsync(new CallListFilter { To = call.To, From = call.From, PageSize = 20 }, cancellationToken);
        return page.Calls
            .Where(c => c.DateCreated is { } created && created >= since)
            .OrderByDescending(c => c.DateCreated)
            .FirstOrDefault();
    }

    /// <summary>A timeout, a dropped connection or a 5xx: Twilio may have created the call before failing.</summary>
    private static bool IsOutcomeUnknown(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        TwilioApiException api => (int)api.Status >= 500,
        HttpRequestException => true,
        TaskCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    private string CallPath(string callSid)
    {
        if (!CallSidPattern().IsMatch(callSid))
        {
            throw new ArgumentException("A call SID is 'CA' followed by 32 hex digits.", nameof(callSid));
        }

        return $"2010-04-01/Accounts/{_accountSid}/Calls/{callSid}.json";
    }

    private static T Deserialize<T>(string body) =>
        JsonSerializer.Deserialize<T>(body) ?? throw new JsonException($"Twilio answered an empty {typeof(T).Name}.");

    [GeneratedRegex("^CA[0-9a-fA-F]{32}$")]
    private static partial Regex CallSidPattern();

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Placed call {CallSid} under permit {PermitId}")]
    private static partial void LogPlaced(ILogger logger, string callSid, Guid permitId);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Call creation under permit {PermitId} has no clear answer; reconciling by listing calls")]
    private static partial void LogReconciling(ILogger logger, Guid permitId);
}
