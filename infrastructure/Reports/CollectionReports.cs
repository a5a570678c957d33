using DebtHub.Domain.Accounts;
using DebtHub.Domain.Compliance;
using DebtHub.Domain.Contact;
using DebtHub.Domain.Resolutions.Scheduling;
using DebtHub.Infrastructure.Contact;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Infrastructure.Reports;

/// <summary>
/// Collection KPIs as PRODUCT.md defines them, for a period of UTC days [from, to]. Money collected is always net: payments
/// less reversals and refunds, by effective date. Figures that would need dialer data DebtHub does not record yet are
/// computed from contact_attempts as they are, and their definitions say so.
/// </summary>
public sealed class CollectionReports(IDbContextFactory<DebtHubDbContext> contexts, ContactGateway gateway, TimeProvider time)
{
    /// <summary>The compliance snapshot asks the gate about each open account; beyond this many it reports on the first ones.</summary>
    public const int MaxAccountsForBlocks = 2000;

    private static readonly string[] AgingLabels = ["CURRENT", "1-30", "31-60", "61-90", "91-120", "121-150", "151-180", "180+"];
    private static readonly AccountStatus[] Finished = [AccountStatus.PaidInFull, AccountStatus.Settled, AccountStatus.Closed];
    private static readonly TransactionKind[] Money = [TransactionKind.Payment, TransactionKind.Reversal, TransactionKind.Refund];

    public async Task<CollectionReport> RunAsync(DateOnly from, DateOnly to, DateOnly? asOf, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var day = asOf ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

        var accounts = await db.Accounts.AsNoTracking()
            .Select(a => new AccountRow(a.Id, a.PlacedAt, a.ItemizationAmount, a.ChargeOffDate, a.DelinquencyDate, a.Status,
                a.PrincipalBalance + a.InterestBalance + a.FeeBalance, a.AssignedCollectorId, a.Holds.Any(h => h.LiftedAt == null), a.DebtorId))
            .ToListAsync(cancellationToken);
        var money = await db.LedgerTransactions.AsNoTracking().Where(t => Money.Contains(t.Kind) && t.EffectiveOn <= to)
            .Select(t => new { t.AccountId, t.EffectiveOn, Amount = t.PrincipalDelta + t.InterestDelta + t.FeeDelta })
            .ToListAsync(cancellationToken);
        var collectedThrough = money.GroupBy(m => m.AccountId).ToDictionary(g => g.Key, g => -g.Sum(m => m.Amount));
        var collectedInPeriod = money.Where(m => m.EffectiveOn >= from).GroupBy(m => m.AccountId).ToDictionary(g => g.Key, g => -g.Sum(m => m.Amount));
        var calls = await db.ContactAttempts.AsNoTracking()
            .Where(c => c.Channel == ContactChannel.Call && c.Direction == ContactDirection.Outbound && c.PlacedAt >= start && c.PlacedAt < end)
            .Select(c => new CallRow(c.AccountIds, c.CollectorId, c.PlacedAt, c.ConnectResult, c.Disposition, c.AbandonedAt))
            .ToListAsync(cancellationToken);

        var rpc = RightParty(calls);
        var promisesTaken = await db.PromisesToPay.CountAsync(p => p.RecordedAt >= start && p.RecordedAt < end, cancellationToken);
        var due = await db.Set<Domain.Resolutions.Promises.PromisedPayment>().AsNoTracking()
            .Where(p => p.DueOn >= from && p.DueOn <= to && (p.Status == ScheduledPaymentStatus.Kept || p.Status == ScheduledPaymentStatus.Broken))
            .Select(p => new { p.Status, p.Amount }).ToListAsync(cancellationToken);
        var kept = due.Where(p => p.Status == ScheduledPaymentStatus.Kept).ToList();
        var noticed = await db.Accounts.CountAsync(a => a.ValidationNoticeSentAt >= start && a.ValidationNoticeSentAt < end, cancellationToken);
        var disputed = await db.Disputes.Where(d => d.ReceivedOn >= from && d.ReceivedOn <= to).Select(d => d.AccountId).Distinct().CountAsync(cancellationToken);
        var eligible = accounts.Where(a => !Finished.Contains(a.Status) && !a.OnHold).ToList();
        var attempted = calls.SelectMany(c => c.AccountIds).ToHashSet();
        var chargedOff = accounts.Where(a => a.ChargeOffDate is not null && DateOnly.FromDateTime(a.PlacedAt.UtcDateTime) <= to).ToList();
        var (blocks, evaluated) = await ComplianceBlocksAsync(db, eligible, cancellationToken);

        return new CollectionReport(
            from, to, day,
            Aging(accounts, day),
            accounts.Where(a => DateOnly.FromDateTime(a.PlacedAt.UtcDateTime) <= to)
                .GroupBy(a => a.PlacedAt.UtcDateTime.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))
                .OrderBy(g => g.Key)
                .Select(g =>
                {
                    var placed = g.Sum(a => a.ItemizationAmount);
                    var collected = g.Sum(a => collectedThrough.GetValueOrDefault(a.Id));
                    return new CohortLiquidation(g.Key, g.Count(), placed, collected,
                        new Ratio(collected, placed, "Net $ collected through the period's end on accounts placed that month ÷ $ placed (itemization amounts)."));
                }).ToList(),
            new Ratio(chargedOff.Sum(a => collectedThrough.GetValueOrDefault(a.Id)), chargedOff.Sum(a => a.ItemizationAmount),
                "Net $ recovered through the period's end on charged-off accounts ÷ their charged-off balance as placed."),
            rpc,
            new Ratio(promisesTaken, rpc.RightPartyContacts, "Promises to pay recorded in the period ÷ right-party contacts (outbound calls) in the period."),
            new PromiseKept(
                new Ratio(kept.Count, due.Count, "Promised payments due in the period and kept (paid by due date + grace) ÷ those due whose outcome is known (kept or broken)."),
                new Ratio(kept.Sum(p => p.Amount), due.Sum(p => p.Amount), "The same, in dollars promised.")),
            await DollarsPerHourAsync(db, calls, accounts, collectedInPeriod, cancellationToken),
            new Ratio(eligible.Count(a => attempted.Contains(a.Id)), eligible.Count,
                "Accounts eligible now (open, no active hold) with at least one outbound call in the period ÷ accounts eligible now."),
            new Ratio(calls.Count(c => c.AbandonedAt is not null), calls.Count(c => c.ConnectResult == Domain.Compliance.Facts.AttemptOutcome.Answered),
                "Abandoned live-answered outbound calls ÷ live-answered outbound calls in the period (contact_attempts.abandoned_at, written by the dialer; all campaigns together)."),
            blocks,
            evaluated,
            new Ratio(disputed, noticed, "Accounts with a dispute received in the period ÷ accounts whose validation notice was sent in the period."));
    }

    private static IReadOnlyList<AgingBucket> Aging(IReadOnlyList<AccountRow> accounts, DateOnly day)
    {
        var open = accounts.Where(a => !Finished.Contains(a.Status) && DateOnly.FromDateTime(a.PlacedAt.UtcDateTime) <= day);
        var byBucket = open.GroupBy(a => Bucket(a.DelinquencyDate is { } d ? day.DayNumber - d.DayNumber : 0))
            .ToDictionary(g => g.Key, g => (g.Count(), g.Sum(a => a.Balance)));
        return AgingLabels.Select(label => byBucket.TryGetValue(label, out var v) ? new AgingBucket(label, v.Item1, v.Item2) : new AgingBucket(label, 0, 0m)).ToList();
    }

    private static string Bucket(int days) => days switch
    {
        <= 0 => "CURRENT",
        <= 30 => "1-30",
        <= 60 => "31-60",
        <= 90 => "61-90",
        <= 120 => "91-120",
        <= 150 => "121-150",
        <= 180 => "151-180",
        _ => "180+",
    };

    private static RightPartyContact RightParty(IReadOnlyList<CallRow> calls)
    {
        var dials = calls.Count;
        var live = calls.Count(c => c.ConnectResult == Domain.Compliance.Facts.AttemptOutcome.Answered);
        var worked = calls.SelectMany(c => c.AccountIds).Distinct().Count();
        var rpcs = calls.Count(c => c.Disposition == ContactDisposition.ConversationRightParty);
        return new RightPartyContact(dials, live, worked, rpcs,
            new Ratio(rpcs, dials, "Right-party conversations ÷ outbound call attempts in the period."),
            new Ratio(rpcs, live, "Right-party conversations ÷ live-answered outbound calls."),
            new Ratio(rpcs, worked, "Right-party conversations ÷ distinct accounts called."));
    }

    /// <summary>
    /// Logged-in hours are not recorded yet (the dialer's agent states will be); until then a collector's hours on a day
    /// are the span from their first to their last contact attempt that day, from contact_attempts. Dollars are the net
    /// payments in the period on the accounts assigned to the collector now.
    /// </summary>
    private static async Task<IReadOnlyList<CollectorDollars>> DollarsPerHourAsync(
        DebtHubDbContext db, IReadOnlyList<CallRow> calls, IReadOnlyList<AccountRow> accounts, Dictionary<Guid, decimal> collected, CancellationToken cancellationToken)
    {
        var hours = calls.Where(c => c.CollectorId is not null)
            .GroupBy(c => (c.CollectorId!.Value, Day: DateOnly.FromDateTime(c.PlacedAt.UtcDateTime)))
            .GroupBy(g => g.Key.Value)
            .ToDictionary(g => g.Key, g => g.Sum(d => (decimal)(d.Max(c => c.PlacedAt) - d.Min(c => c.PlacedAt)).TotalHours));
        var dollars = accounts.Where(a => a.CollectorId is not null)
            .GroupBy(a => a.CollectorId!.Value)
            .ToDictionary(g => g.Key, g => g.Sum(a => collected.GetValueOrDefault(a.Id)));
        var ids = hours.Keys.Union(dollars.Keys).ToList();
        var names = await db.Collectors.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.UserName, cancellationToken);
        return ids.Where(names.ContainsKey).Select(id =>
        {
            var h = decimal.Round(hours.GetValueOrDefault(id), 4);
            var d = dollars.GetValueOrDefault(id);
            return new CollectorDollars(id, names[id], d, h, h == 0m ? null : decimal.Round(d / h, 2));
        }).OrderBy(c => c.UserName, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Blocks are not stored when a contact is refused, so this is a snapshot: for each eligible account, the gate's answer
    /// now for a hand-dialed call to the debtor's first dialable number, counted per blocking rule (NO-DIALABLE-PHONE when
    /// none). An account blocked by two rules counts under each.
    /// </summary>
    private async Task<(IReadOnlyList<RuleBlocks>, int)> ComplianceBlocksAsync(DebtHubDbContext db, IReadOnlyList<AccountRow> eligible, CancellationToken cancellationToken)
    {
        var sample = eligible.OrderBy(a => a.Id).Take(MaxAccountsForBlocks).ToList();
        var debtorIds = sample.Select(a => a.DebtorId).Distinct().ToList();
        var phones = (await db.DebtorPhones.AsNoTracking()
                .Where(p => debtorIds.Contains(p.DebtorId) && p.DoNotCallSince == null
                            && (p.Status == Domain.Debtors.PhoneStatus.Valid || p.Status == Domain.Debtors.PhoneStatus.Unverified))
                .Select(p => new { p.DebtorId, p.Id, p.AddedAt }).ToListAsync(cancellationToken))
            .GroupBy(p => p.DebtorId).ToDictionary(g => g.Key, g => g.OrderBy(p => p.AddedAt).First().Id);
        var counts = new Dictionary<string, (string Citation, int Accounts)>();
        foreach (var account in sample)
        {
            if (!phones.TryGetValue(account.DebtorId, out var phoneId))
            {
                Count(counts, "NO-DIALABLE-PHONE", "No valid or unverified number on file without a do-not-call flag");
                continue;
            }

            var answer = await gateway.EvaluateAsync(ContactIntent.Call(account.Id, phoneId, ContactMode.ManualDial), null, cancellationToken);
            foreach (var rule in answer.BlockedBy.DistinctBy(b => b.RuleId))
            {
                Count(counts, rule.RuleId, rule.Citation);
            }
        }

        return (counts.OrderByDescending(c => c.Value.Accounts).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new RuleBlocks(c.Key, c.Value.Citation, c.Value.Accounts)).ToList(), sample.Count);
    }

    private static void Count(Dictionary<string, (string Citation, int Accounts)> counts, string rule, string citation) =>
        counts[rule] = (citation, counts.GetValueOrDefault(rule).Accounts + 1);

    private sealed record AccountRow(
        Guid Id, DateTimeOffset PlacedAt, decimal ItemizationAmount, DateOnly? ChargeOffDate, DateOnly? DelinquencyDate, AccountStatus Status,
        decimal Balance, Guid? CollectorId, bool OnHold, Guid DebtorId);

    private sealed record CallRow(
        Guid[] AccountIds, Guid? CollectorId, DateTimeOffset PlacedAt, Domain.Compliance.Facts.AttemptOutcome? ConnectResult, ContactDisposition Disposition, DateTimeOffset? AbandonedAt);
}
