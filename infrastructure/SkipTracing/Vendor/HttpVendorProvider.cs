using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.RateLimiting;
using DebtHub.Domain.SkipTracing;
using DebtHub.Infrastructure.SkipTracing.Providers;
using Microsoft.Extensions.Logging;

namespace DebtHub.Infrastructure.SkipTracing.Vendor;

/// <summary>
/// A vendor's JSON locate API. Before each call: a token from the rate limiter (waiting up to a second), then the
/// lookup's price charged against the month's budget in one atomic statement; no budget left means the vendor is not
/// asked. A throttled or failed call is refunded. Logs carry the provider, ids and status codes, never the subject.
/// </summary>
public sealed partial class HttpVendorProvider : ISkipTraceProvider, IDisposable
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly VendorOptions _options;
    private readonly HttpClient _http;
    private readonly SkipTraceBudgets _budgets;
    private readonly ILogger _logger;
    private readonly TokenBucketRateLimiter _limiter;

    public HttpVendorProvider(string name, VendorOptions options, HttpClient http, SkipTraceBudgets budgets, ILogger<HttpVendorProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        Name = name;
        _options = options;
        _http = http;
        _budgets = budgets;
        _logger = logger;
        var perSecond = Math.Max(1, options.RequestsPerSecond);
        _limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = perSecond,
            TokensPerPeriod = perSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = perSecond,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    public string Name { get; }

    public async Task<ProviderAnswer> LookupAsync(SkipSubject subject, PermissiblePurpose purpose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(purpose);
        using var lease = await _limiter.AcquireAsync(1, cancellationToken);
        if (!lease.IsAcquired)
        {
            LogRateLimited(_logger, Name, subject.AccountId);
            return ProviderAnswer.Unanswered(LookupOutcome.RateLimited, _options.Currency);
        }

        var month = _budgets.CurrentMonth();
        var cost = _options.CostPerLookup;
        if (!await _budgets.TryChargeAsync(Name, month, cost, _options.Currency, _options.MonthlyBudget, 1, cancellationToken))
        {
            LogBudgetSpent(_logger, Name, subject.AccountId);
            return ProviderAnswer.Unanswered(LookupOutcome.BudgetExhausted, _options.Currency);
        }

        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, _options.LocatePath)
            {
                Content = JsonContent.Create(RequestOf(subject, purpose), options: Json),
            };
            Authenticate(request.Headers, _options);
            using var response = await _http.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                await _budgets.RefundAsync(Name, month, cost, 1, CancellationToken.None);
                LogRateLimited(_logger, Name, subject.AccountId);
                return ProviderAnswer.Unanswered(LookupOutcome.RateLimited, _options.Currency);
            }

            if (!response.IsSuccessStatusCode)
            {
                await _budgets.RefundAsync(Name, month, cost, 1, CancellationToken.None);
                LogFailed(_logger, Name, subject.AccountId, (int)response.StatusCode);
                return ProviderAnswer.Unanswered(LookupOutcome.Failed, _options.Currency);
            }

            var body = await response.Content.ReadFromJsonAsync<VendorLocateResponse>(Json, cancellationToken)
                ?? throw new JsonException("empty body");
            var (candidates, indicators) = VendorFindings.From(body);
            var outcome = body.Match && candidates.Count + indicators.Count > 0 ? LookupOutcome.Hit : LookupOutcome.NoHit;
            return new ProviderAnswer(outcome, cost, _options.Currency, candidates, indicators);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            await _budgets.RefundAsync(Name, month, cost, 1, CancellationToken.None);
            LogUnreachable(_logger, Name, subject.AccountId, e.GetType().Name);
            return ProviderAnswer.Unanswered(LookupOutcome.Failed, _options.Currency);
        }
    }

    internal static void Authenticate(HttpRequestHeaders headers, VendorOptions options)
    {
        var value = string.IsNullOrEmpty(options.AuthScheme) ? options.ApiKey! : $"{options.AuthScheme} {options.ApiKey}";
        if (string.Equals(options.AuthHeader, "Authorization", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(options.AuthScheme))
        {
            headers.Authorization = new AuthenticationHeaderValue(options.AuthScheme, options.ApiKey);
        }
        else
        {
            headers.TryAddWithoutValidation(options.AuthHeader, value);
        }
    }

    private static VendorLocateRequest RequestOf(SkipSubject s, PermissiblePurpose purpose) => new(
        s.AccountId.ToString(),
        new VendorSubject(s.FirstName, s.MiddleName, s.LastName, s.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.Ssn,
            s.LastKnownAddress is { } a ? new VendorAddress(a.Line1, a.Line2, a.City, a.State, a.Zip) : null, s.Phones),
        new VendorPurpose(PurposeCodes.Of(purpose.Fcra), PurposeCodes.Of(purpose.Glba), PurposeCodes.Of(purpose.Dppa)));

    public void Dispose() => _limiter.Dispose();

    [LoggerMessage(EventId = 8101, Level = LogLevel.Warning, Message = "Skip-trace provider {Provider}: monthly budget spent, account {AccountId} not looked up")]
    private static partial void LogBudgetSpent(ILogger logger, string provider, Guid accountId);

    [LoggerMessage(EventId = 8102, Level = LogLevel.Warning, Message = "Skip-trace provider {Provider}: rate limited, account {AccountId} not looked up")]
    private static partial void LogRateLimited(ILogger logger, string provider, Guid accountId);

    [LoggerMessage(EventId = 8103, Level = LogLevel.Warning, Message = "Skip-trace provider {Provider} answered {Status} for account {AccountId}; refunded")]
    private static partial void LogFailed(ILogger logger, string provider, Guid accountId, int status);

    [LoggerMessage(EventId = 8104, Level = LogLevel.Warning, Message = "Skip-trace provider {Provider} unreachable for account {AccountId} ({Error}); refunded")]
    private static partial void LogUnreachable(ILogger logger, string provider, Guid accountId, string error);
}
