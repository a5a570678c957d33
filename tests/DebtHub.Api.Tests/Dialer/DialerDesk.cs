using DebtHub.Api.Tests.Support;
using DebtHub.Dialer.Presence;
using DebtHub.Domain.Collectors;
using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Contact;
using DebtHub.Infrastructure.Persistence;
using DebtHub.Infrastructure.Twilio.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Api.Tests.Dialer;

/// <summary>
/// The dialer's side of a call against the API host: confirmed attempts as the contact ledger writes them, and Twilio's
/// webhooks posted to the API's endpoints, signed with the host's auth token, as the sandbox or Twilio posts them.
/// </summary>
internal sealed class DialerDesk(ApiFactory api)
{
    private const string AccountSid = "AC00000000000000000000000000000000";
    private int _sequence;

    /// <summary>Cid's account is about Maria (Spanish, Oregon): a collector needs "es" and an OR licence to take it.</summary>
    public async Task ReadyAsync(Guid collectorId, string[] languages, string[] licences, PresenceState state = PresenceState.Available)
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
        // Only this test's collector is at a desk: the others, left by earlier tests of the class, log off.
        var now = DateTimeOffset.UtcNow;
        foreach (var other in await db.CollectorPresence.Where(p => p.State != PresenceState.Offline).ToListAsync())
        {
            await db.MoveAsync(other, PresenceState.Offline, null, now, default);
        }

        var collector = await db.Collectors.SingleAsync(c => c.Id == collectorId);
        collector.SetLanguages(languages);
        collector.SetStateLicences(licences);
        var (presence, first) = CollectorPresence.Start(collectorId, now.AddDays(-2));
        first.Close(now.AddDays(-1));
        db.AddRange(presence, first, presence.MoveTo(state, null, now.AddDays(-1)));
        await db.SaveChangesAsync();
    }

    /// <summary>A call about <paramref name="accountId"/> to Maria's mobile, confirmed, result not known yet.</summary>
    public async Task<Guid> AttemptAsync(TestPortfolio world, Guid accountId, Guid? campaignId = null)
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
        var now = DateTimeOffset.UtcNow;
        var attempt = ContactAttempt.Outbound(Guid.CreateVersion7(now), world.Debtor, [accountId], [accountId], [accountId],
            ContactChannel.Call, ContactMode.Predictive, "+15035550101", PhoneUse.Mobile, now, new ComplianceSnapshot("test", []), now, campaignId: campaignId);
        db.ContactAttempts.Add(attempt);
        await db.SaveChangesAsync();
        return attempt.Id;
    }

    public static string Sid(Guid attemptId) => "CA" + attemptId.ToString("N");

    /// <summary>Twilio fetched the answer URL of the attempt's call (AMD still running): the TwiML it got.</summary>
    public Task<string> AnswerAsync(Guid attemptId) => PostAsync("/twilio/voice/answer", attemptId, [new("CallStatus", "in-progress")]);

    /// <summary>The call hung up after <paramref name="seconds"/> seconds.</summary>
    public Task<string> CompletedAsync(Guid attemptId, int seconds = 95) => PostAsync("/twilio/voice/status", attemptId,
    [
        new("CallStatus", "completed"), new("SequenceNumber", (++_sequence + 10).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("CallDuration", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("AnsweredBy", "human"),
    ]);

    private async Task<string> PostAsync(string path, Guid attemptId, List<KeyValuePair<string, string>> parameters)
    {
        parameters.AddRange([new("CallSid", Sid(attemptId)), new("AccountSid", AccountSid), new("From", "+15005550006"), new("To", "+15035550101")]);
        var target = $"{path}?attempt={attemptId:N}";
        var signature = api.Services.GetRequiredService<TwilioRequestValidator>().ComputeSignature("http://localhost" + target, parameters);
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new FormUrlEncodedContent(parameters) };
        request.Headers.Add("X-Twilio-Signature", signature);
        using var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }
}
