using DebtHub.Domain.Compliance.Configuration;
using DebtHub.Domain.Compliance.Evaluation;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Compliance.Location;
using DebtHub.Domain.Compliance.Rules;

namespace DebtHub.Domain.Compliance;

/// <summary>
/// The one gate every contact passes (DESIGN.md principle 1). It evaluates every rule of the registry against a facts
/// snapshot at the requested instant; when all allow, it issues a short-lived <see cref="ContactPermit"/> — the only way
/// a permit comes to exist. When any blocks, the decision lists each blocking rule and the earliest instant at which
/// every rule allows the same contact, found by re-evaluating all rules at the latest instant any of them names until
/// they agree (holds only a person can lift end the search). Pure: no clock, no I/O; the instant is an input.
/// </summary>
public sealed class ComplianceGate
{
    private const int MaxSearchSteps = 32;

    private readonly RuleRegistry _registry;
    private readonly RuleSetSchedule _schedule;
    private readonly LocationTables _tables;

    public ComplianceGate(RuleRegistry registry, RuleSetSchedule schedule, LocationTables tables)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(tables);
        _registry = registry;
        _schedule = schedule;
        _tables = tables;
    }

    public RuleSetSchedule Schedule => _schedule;

    public ContactDecision Decide(ContactRequest request, ContactFacts facts)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(facts);
        var at = request.At;
        var ruleSet = _schedule.InForceAt(at);
        if (ruleSet is null)
        {
            return new ContactDecision(
                at,
                "(none)",
                [new BlockingRule("CONFIG", "DebtHub configuration", "No compliance rule set is in force at this instant; nothing may be contacted.", null)],
                null,
                [],
                zonesUnknown: true,
                permit: null,
                countsTowardFrequency: true,
                mayLeaveVoicemail: false);
        }

        var context = new ContactContext(request, facts, ruleSet, _tables);
        var rules = _registry.Rules;
        List<BlockingRule>? blocked = null;
        DateTimeOffset? next = at;
        for (var i = 0; i < rules.Count; i++)
        {
            var verdict = rules[i].Evaluate(context, at);
            if (!verdict.Blocked)
            {
                continue;
            }

            (blocked ??= []).Add(new BlockingRule(rules[i].Id, rules[i].Citation, verdict.Explanation ?? rules[i].Id, verdict.AllowedFrom));
            next = next is null || verdict.AllowedFrom is null ? null : (verdict.AllowedFrom > next ? verdict.AllowedFrom : next);
        }

        var zonesUsed = ZonesUsed(context, at);
        if (blocked is not null)
        {
            return new ContactDecision(at, ruleSet.Version, blocked, next is null ? null : NextAllowed(context, next.Value), zonesUsed, context.Location.Unknown, null, CountsTowardFrequency(context, at), mayLeaveVoicemail: false);
        }

        var mayLeaveVoicemail = PolicyVoicemailsPerWeek.MayLeaveVoicemail(context, at);
        var permit = Issue(context, ruleSet, at, mayLeaveVoicemail);
        return new ContactDecision(at, ruleSet.Version, [], at, zonesUsed, context.Location.Unknown, permit, CountsTowardFrequency(context, at), mayLeaveVoicemail);
    }

    /// <summary>The first instant from <paramref name="from"/> on at which every rule allows the contact, or null.</summary>
    private DateTimeOffset? NextAllowed(ContactContext context, DateTimeOffset from)
    {
        var rules = _registry.Rules;
        var candidate = from;
        for (var step = 0; step < MaxSearchSteps; step++)
        {
            var latest = candidate;
            for (var i = 0; i < rules.Count; i++)
            {
                var verdict = rules[i].Evaluate(context, candidate);
                if (!verdict.Blocked)
                {
                    continue;
                }

                if (verdict.AllowedFrom is not { } allowedFrom || allowedFrom <= candidate)
                {
                    return null;
                }

                if (allowedFrom > latest)
                {
                    latest = allowedFrom;
                }
            }

            if (latest == candidate)
            {
                return candidate;
            }

            candidate = latest;
        }

        return null;
    }

    private static ContactPermit Issue(ContactContext context, RuleSet ruleSet, DateTimeOffset at, bool mayLeaveVoicemail)
    {
        var expires = at + ruleSet.PermitLifetime;
        if (context.Request.Channel != ContactChannel.Letter)
        {
            var hours = ruleSet.CallingHours;
            var closes = DailyWindow.Closes(at, context.CandidateZones, hours.LatestLaunchOfDay);
            if (closes < expires)
            {
                expires = closes;
            }
        }

        var debts = context.Facts.Debts;
        var accountIds = new Guid[debts.Count];
        for (var i = 0; i < debts.Count; i++)
        {
            accountIds[i] = debts[i].Id;
        }

        var request = context.Request;
        return new ContactPermit(
            Guid.NewGuid(),
            context.Facts.Debtor.Id,
            accountIds,
            request.Channel,
            request.Mode,
            request.Destination,
            at,
            expires,
            ruleSet.Version,
            mayLeaveVoicemail);
    }

    /// <summary>A call placed under a direct consent covering every debt it concerns is recorded as not counting (1006.14(b)(3)(i)).</summary>
    private static bool CountsTowardFrequency(ContactContext context, DateTimeOffset at)
    {
        if (!context.IsCall)
        {
            return false;
        }

        var debts = context.Facts.Debts;
        for (var i = 0; i < debts.Count; i++)
        {
            if (!context.DirectConsentCovers(debts[i].Id, at))
            {
                return true;
            }
        }

        return debts.Count == 0;
    }

    private static ZoneLocalTime[] ZonesUsed(ContactContext context, DateTimeOffset at)
    {
        var zones = context.CandidateZones;
        var result = new ZoneLocalTime[zones.Count];
        for (var i = 0; i < zones.Count; i++)
        {
            result[i] = new ZoneLocalTime(zones[i].Id, ZoneClock.LocalTime(at, zones[i]));
        }

        return result;
    }
}
