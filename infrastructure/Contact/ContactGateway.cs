using DebtHub.Domain.Common;
using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Evaluation;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Compliance.Location;
using DebtHub.Domain.Contact;
using DebtHub.Infrastructure.Ledger;
using Microsoft.Extensions.Logging;

namespace DebtHub.Infrastructure.Contact;

/// <summary>
/// The single way into a contact (DESIGN.md principle 1): load the facts from PostgreSQL, ask the compliance gate at our
/// clock's now, and only when it allows, reserve the contact in the shared ledger under the permit's id. Anything that
/// cannot be checked refuses: an unreachable ledger, a number known to be wrong. Then confirm the grant just before
/// placing the contact (that records the attempt), release it when the contact will not be placed, and record the result.
/// </summary>
public sealed partial class ContactGateway(
    ContactFactsLoader loader,
    ComplianceGate gate,
    LocationTables tables,
    IContactLedger ledger,
    ContactRefusalLog refusals,
    TimeProvider clock,
    ILogger<ContactGateway> logger)
{
    /// <summary>The rule id of the refusal given while the ledger cannot count contacts.</summary>
    public const string LedgerUnavailableRuleId = "LEDGER-UNAVAILABLE";

    public const string NumberStatusRuleId = "NUMBER-STATUS";

    private const string LedgerUnavailableCitation = "DebtHub policy (frequency limits are enforced in the shared ledger; without it, nothing is placed)";

    private const string CampaignHoursCitation = "Campaign policy (its calling hours, inside 12 CFR 1006.6(b)(1)(i)'s 08:00-21:00)";

    private const string NumberStatusCitation = "12 CFR 1006.6(d)(1); 15 USC 1692c(b) (no communication with third parties)";

    /// <summary>The citation of a refusal the gateway itself gives (not one of the compliance rules); null for any other id.</summary>
    public static string? CitationOf(string ruleId) => ruleId switch
    {
        LedgerUnavailableRuleId => LedgerUnavailableCitation,
        NumberStatusRuleId => NumberStatusCitation,
        CampaignHoursRuleId => CampaignHoursCitation,
        _ => null,
    };

    /// <summary>The rule id of a refusal by the placing campaign's own calling hours (narrower than the law's).</summary>
    public const string CampaignHoursRuleId = "CAMPAIGN-HOURS";

    /// <summary>
    /// Whether the contact would be allowed at <paramref name="at"/> (now when null), without reserving anything. At now,
    /// an unavailable ledger blocks it as it would block a permit.
    /// </summary>
    public async Task<ContactEligibility> EvaluateAsync(ContactIntent intent, DateTimeOffset? at, CancellationToken cancellationToken)
    {
        var instant = at ?? clock.GetUtcNow();
        var (_, decision, blocks) = await DecideAsync(intent, instant, cancellationToken);
        if (at is null && ledger.Status is { Ready: false } status)
        {
            blocks.Add(LedgerUnavailable(status.Reason));
        }

        return ContactEligibility.Of(decision, blocks);
    }

    /// <summary>
    /// For every number on file, whether a hand-dialed call about the account would be allowed at <paramref name="at"/>,
    /// from one load of the facts; the earliest instant any of them allows is when the account can next be called.
    /// </summary>
    public async Task<DateTimeOffset?> NextCallAllowedAtAsync(Guid accountId, DateTimeOffset at, CancellationToken cancellationToken) =>
        NextCallAllowedAt(await loader.LoadAsync([accountId], ContactChannel.Call, at, cancellationToken), at);

    /// <summary>
    /// <see cref="NextCallAllowedAtAsync(Guid, DateTimeOffset, CancellationToken)"/> for a page of accounts in one round
    /// trip; accounts that do not exist are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, DateTimeOffset?>> NextCallAllowedAtAsync(IReadOnlyList<Guid> accountIds, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var snapshots = await loader.LoadEachAsync(accountIds, ContactChannel.Call, at, cancellationToken);
        return snapshots.ToDictionary(s => s.Key, s => NextCallAllowedAt(s.Value, at));
    }

    private DateTimeOffset? NextCallAllowedAt(ContactSnapshot snapshot, DateTimeOffset at)
    {
        DateTimeOffset? earliest = null;
        foreach (var phone in snapshot.Phones.Where(p => !p.KnownBad))
        {
            var decision = gate.Decide(new ContactRequest(ContactChannel.Call, ContactMode.ManualDial, phone.Number, at), snapshot.Facts);
            if (decision.NextAllowedAt is { } next && (earliest is null || next < earliest))
            {
                earliest = next;
            }
        }

        return earliest;
    }

    /// <summary>
    /// A permit for the contact now, reserved in the ledger; or the reasons it is refused. Pass the permit to whatever places
    /// the contact, after <see cref="ConfirmAsync"/>. A refusal is recorded (<see cref="ContactRefusal"/>): it is a block
    /// the report counts, unlike the answers of <see cref="EvaluateAsync"/> and <see cref="NextCallAllowedAtAsync(Guid, DateTimeOffset, CancellationToken)"/>.
    /// </summary>
    public async Task<PermitOutcome> RequestPermitAsync(ContactIntent intent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        var now = clock.GetUtcNow();
        var snapshot = await loader.LoadAsync(intent.AccountIds, intent.Channel, now, cancellationToken);
        var (outcome, refusal) = await TryReserveAsync(snapshot, intent, now, cancellationToken);
        if (refusal is not null)
        {
            await refusals.RecordAsync([refusal], CancellationToken.None); // the refusal happened even if the caller gives up now
        }

        return outcome;
    }

    /// <summary>
    /// A permit for a call about one account to the first of the debtor's dialable numbers (not wrong, disconnected or
    /// do-not-call; mobile first, then oldest) that the gate allows now and the ledger reserves, all from one load of the
    /// facts; or why each number was refused. The refusals are recorded in one write, as <see cref="RequestPermitAsync"/>
    /// records each of its own.
    /// </summary>
    public async Task<CallPermitOutcome> RequestCallPermitAsync(CallIntent intent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        var now = clock.GetUtcNow();
        var snapshot = await loader.LoadAsync([intent.AccountId], ContactChannel.Call, now, cancellationToken);
        var numbers = snapshot.Phones.Where(p => p.Dialable).OrderByDescending(p => p.Mobile).ToList(); // stable: oldest first within each
        var refused = new List<ContactEligibility>(numbers.Count);
        var records = new List<ContactRefusal>(numbers.Count);
        ContactGrant? grant = null;
        foreach (var number in numbers)
        {
            var (outcome, refusal) = await TryReserveAsync(snapshot, intent.To(number.Id), now, cancellationToken);
            if (outcome.Grant is not null)
            {
                grant = outcome.Grant;
                break;
            }

            refused.Add(outcome.Eligibility);
            records.Add(refusal!);
        }

        if (records.Count > 0)
        {
            await refusals.RecordAsync(records, CancellationToken.None);
        }

        return new CallPermitOutcome(grant, refused, numbers.Count);
    }

    /// <summary>The gate's decision on the loaded facts and, when it allows, the ledger's reservation; a refusal comes with its record (not yet written).</summary>
    private async Task<(PermitOutcome Outcome, ContactRefusal? Refusal)> TryReserveAsync(
        ContactSnapshot snapshot, ContactIntent intent, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (request, decision, blocks) = Decide(snapshot, intent, now);
        if (!decision.Allowed || blocks.Count > 0)
        {
            return Refused(intent, request.Facts, ContactEligibility.Of(decision, blocks));
        }

        var permit = decision.Permit!;
        var context = new ContactContext(request.Request, request.Facts, gate.Schedule.InForceAt(now)!, tables);
        var reservation = ReservationRequest.For(permit, context);
        var outcome = await ledger.ReserveAsync(reservation, cancellationToken);
        switch (outcome.Status)
        {
            case ReservationStatus.Granted:
                LogGranted(logger, permit.Id, permit.DebtorId, intent.Channel);
                return (new PermitOutcome(ContactEligibility.Of(decision, []), new ContactGrant(permit, reservation, ComplianceSnapshot.Of(decision))), null);
            case ReservationStatus.Refused:
                // Another dialer thread or instance counted a contact since the facts were read.
                blocks.AddRange(outcome.LimitsReached.Select(LimitBlock));
                break;
            default:
                blocks.Add(LedgerUnavailable(outcome.Reason ?? ledger.Status.Reason));
                break;
        }

        return Refused(intent, request.Facts, ContactEligibility.Of(decision, blocks));
    }

    private (PermitOutcome, ContactRefusal) Refused(ContactIntent intent, ContactFacts facts, ContactEligibility refusal)
    {
        var ruleIds = refusal.BlockedBy.Select(b => b.RuleId).Distinct(StringComparer.Ordinal).ToList();
        LogRefused(logger, intent.AccountIds[0], intent.Channel, string.Join(',', ruleIds));
        var record = ContactRefusal.Record(facts.Debtor.Id, intent.AccountIds, intent.Channel, intent.Mode, intent.Purpose, intent.DestinationId, ruleIds,
            refusal.RuleSetVersion, refusal.NextAllowedAt, intent.CampaignId, intent.CollectorId, refusal.EvaluatedAt);
        return (new PermitOutcome(refusal, null), record);
    }

    /// <summary>
    /// Records the attempt and consumes the permit. Only on <see cref="ConfirmOutcome.Confirmed"/> does the answer carry the
    /// <see cref="ConfirmedAttempt"/> that placing the contact requires; on any other outcome the reservation is released
    /// (it changes nothing when the ledger already dropped it) and the contact must not be placed.
    /// </summary>
    public async Task<Confirmation> ConfirmAsync(ContactGrant grant, Guid? collectorId, Guid? campaignId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grant);
        var now = clock.GetUtcNow();
        var outcome = await ledger.ConfirmAsync(grant.Reservation.Attempt(now, grant.Compliance, now, collectorId, campaignId), cancellationToken);
        if (outcome == ConfirmOutcome.Confirmed)
        {
            return Confirmed(grant.Permit, now, collectorId, campaignId);
        }

        if (outcome is not ConfirmOutcome.AlreadyConfirmed)
        {
            await ReleaseQuietlyAsync(grant, cancellationToken);
        }

        return new Confirmation(outcome, null);
    }

    /// <summary>
    /// A confirmed contact that could not be placed after all (the carrier API refused it before dialing): it is recorded
    /// as not connected, so it stops counting toward the frequency limits.
    /// </summary>
    public Task AbandonUnplacedAsync(ConfirmedAttempt attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        return ledger.MarkNotConnectedAsync(attempt.AttemptId, cancellationToken);
    }

    /// <summary>The one constructor call of <see cref="ConfirmedAttempt"/> in production code.</summary>
    private static Confirmation Confirmed(ContactPermit permit, DateTimeOffset at, Guid? collectorId, Guid? campaignId) =>
        new(ConfirmOutcome.Confirmed, new ConfirmedAttempt(permit, at, collectorId, campaignId));

    private async Task ReleaseQuietlyAsync(ContactGrant grant, CancellationToken cancellationToken)
    {
        try
        {
            await ledger.ReleaseAsync(grant.Permit.DebtorId, grant.Permit.Id, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The reservation expires by itself in the ledger; a failed release only keeps it counted a little longer.
            LogReleaseFailed(logger, grant.Permit.Id);
        }
    }

    /// <summary>The contact will not be placed: it stops counting.</summary>
    public Task ReleaseAsync(ContactGrant grant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grant);
        return ledger.ReleaseAsync(grant.Permit.DebtorId, grant.Permit.Id, cancellationToken);
    }

    /// <summary>How a confirmed contact ended (the attempt id is the permit id); a call not connected stops counting.</summary>
    public Task RecordResultAsync(Guid permitId, AttemptOutcome result, ContactDisposition disposition, bool conversationTookPlace, CancellationToken cancellationToken) =>
        ledger.RecordResultAsync(permitId, result, disposition, conversationTookPlace, cancellationToken);

    private async Task<(ContactRequestWithFacts Request, ContactDecision Decision, List<BlockingRule> Blocks)> DecideAsync(
        ContactIntent intent, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        return Decide(await loader.LoadAsync(intent.AccountIds, intent.Channel, at, cancellationToken), intent, at);
    }

    private (ContactRequestWithFacts Request, ContactDecision Decision, List<BlockingRule> Blocks) Decide(ContactSnapshot snapshot, ContactIntent intent, DateTimeOffset at)
    {
        var destination = snapshot.Destination(intent.Channel, intent.DestinationId)
            ?? throw new DomainException("UNKNOWN_DESTINATION", intent.Channel switch
            {
                ContactChannel.Call or ContactChannel.Text => "That phone number is not on file for the debtor.",
                ContactChannel.Email => "That email address is not on file for the debtor.",
                _ => "That postal address is not on file for the debtor.",
            });
        var facts = intent.CampaignPolicy is null ? snapshot.Facts : snapshot.Facts with { CampaignPolicy = intent.CampaignPolicy };
        var request = new ContactRequest(intent.Channel, intent.Mode, destination, at, intent.Purpose);
        var decision = gate.Decide(request, facts);
        var blocks = new List<BlockingRule>();
        if (intent.Channel is ContactChannel.Call or ContactChannel.Text && snapshot.Phones.First(p => p.Id == intent.DestinationId) is { KnownBad: true } bad)
        {
            blocks.Add(new BlockingRule(
                NumberStatusRuleId,
                NumberStatusCitation,
                $"This number is marked {(bad.Status == Domain.Debtors.PhoneStatus.WrongNumber ? "wrong number" : "disconnected")}: verify it before calling or texting it.",
                null));
        }

        if (intent.CampaignHours?.ClosedUntil(decision.ZonesUsed, at) is { } reopens)
        {
            blocks.Add(new BlockingRule(
                CampaignHoursRuleId,
                CampaignHoursCitation,
                $"Outside the campaign's calling hours ({intent.CampaignHours.Start:HH\\:mm}-{intent.CampaignHours.End:HH\\:mm}) in the debtor's local time; open again from {reopens:yyyy-MM-dd HH:mm} UTC.",
                reopens));
        }

        return (new ContactRequestWithFacts(request, facts), decision, blocks);
    }

    private static BlockingRule LimitBlock(LimitReached limit)
    {
        var rule = RuleRegistry.Default.Rules.FirstOrDefault(r => r.Id == limit.RuleId);
        return new BlockingRule(
            limit.RuleId,
            rule?.Citation ?? "DebtHub policy",
            $"{limit.Counted} contacts of the {limit.Max} allowed in {Window(limit.Window)} are already counted (another contact was placed meanwhile); allowed again from {limit.AllowedFrom:yyyy-MM-dd HH:mm} UTC.",
            limit.AllowedFrom);
    }

    private static string Window(TimeSpan window) => window.TotalDays >= 1 && window.TotalDays % 1 == 0 ? $"{window.TotalDays:0} days" : $"{window.TotalHours:0.#} hours";

    private static BlockingRule LedgerUnavailable(string reason) => new(
        LedgerUnavailableRuleId,
        LedgerUnavailableCitation,
        $"Contact limits cannot be checked right now, so no contact may be placed: {reason} Try again in a few minutes; a supervisor can see the ledger's status.",
        null);

    private sealed record ContactRequestWithFacts(ContactRequest Request, ContactFacts Facts);

    [LoggerMessage(5150, LogLevel.Information, "Permit {PermitId} granted for debtor {DebtorId} ({Channel})")]
    private static partial void LogGranted(ILogger logger, Guid permitId, Guid debtorId, ContactChannel channel);

    [LoggerMessage(5152, LogLevel.Warning, "Releasing permit {PermitId} after a refused confirmation failed; it expires in the ledger")]
    private static partial void LogReleaseFailed(ILogger logger, Guid permitId);

    [LoggerMessage(5151, LogLevel.Information, "Contact about account {AccountId} ({Channel}) refused by {RuleIds}")]
    private static partial void LogRefused(ILogger logger, Guid accountId, ContactChannel channel, string ruleIds);
}
