using DebtHub.Domain.Accounts;
using DebtHub.Domain.Compliance;
using DebtHub.Domain.Contact;
using DebtHub.Domain.Resolutions.Scheduling;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Infrastructure.Reports;

/// <summary>
/// Collection KPIs as PRODUCT.md defines them, for a period of UTC days [from, to]. Money collected is always net: payments
/// less reversals and refunds, by effective date. Money is shown in cents and rates to four decimals
/// (<see cref="ReportRounding"/>).
/// </summary>
public sealed class CollectionReports(IDbContextFactory<DebtHubDbContext> contexts, TimeProvider time)
{
    private static readonly string[] AgingLabels = ["CURRENT", "1-30", "31-60", "61-90", "91-120", "121-150", "151-180", "180+"];
    private static readonly AccountStatus[] Finished = [AccountStatus.PaidInFull, AccountStatus.Settled, AccountStatus.Closed];
    private static readonly TransactionKind[] Money = [TransactionKind.Payment, TransactionKind.Reversal, TransactionKind.Refund];

    public async Task<CollectionReport> RunAsync(DateOnly from, DateOnly to, DateOnly? asOf, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var day = asOf ?? DateOnly.FromDateTime(now.UtcDateTime);
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

        var accounts = await db.Accounts.AsNoTracking()
            .Select(a => new AccountRow(a.Id, a.PlacedAt, a.ItemizationAmount, a.ChargeOffDate, a.DelinquencyDate, a.Status,
                a.PrincipalBalance + a.InterestBalance + a.FeeBalance, a.AssignedCollectorId, a.Holds.Any(h => h.LiftedAt == null)))
            .ToListAsync(cancellationToken);
        var money = (await db.LedgerTransactions.AsNoTracking().Where(t => Money.Contains(t.Kind) && t.EffectiveOn <= to)
                .Select(t => new { t.AccountId, t.EffectiveOn, Amount = t.PrincipalDelta + t.InterestDelta + t.FeeDelta })
                .ToListAsync(cancellationToken))
            .Select(m => new NetMoney(m.AccountId, m.EffectiveOn, -m.Amount)).ToList();
        var collectedThrough = money.GroupBy(m => m.AccountId).ToDictionary(g => g.Key, g => g.Sum(m => m.Collected));
        var collectedInPeriod = money.Where(m => m.EffectiveOn >= from).GroupBy(m => m.AccountId).ToDictionary(g => g.Key, g => g.Sum(m => m.Collected));
        var calls = await db.ContactAttempts.AsNoTracking()
            .Where(c => c.Channel == ContactChannel.Call && c.Direction == ContactDirection.Outbound && c.PlacedAt >= start && c.PlacedAt < end)
            .Select(c => new CallRow(c.AccountIds, c.ConnectResult, c.Disposition))
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
        var collectedByCollector = accounts.Where(a => a.CollectorId is not null)
            .GroupBy(a => a.CollectorId!.Value)
            .ToDictionary(g => g.Key, g => g.Sum(a => collectedInPeriod.GetValueOrDefault(a.Id)));

        return new CollectionReport(
            from, to, day,
            Aging(accounts, day),
            CohortLiquidationSection.Compute(
                accounts.Select(a => new PlacedAccount(a.Id, DateOnly.FromDateTime(a.PlacedAt.UtcDateTime), a.ItemizationAmount)).ToList(), money, to),
            new Ratio(
                ReportRounding.Cents(chargedOff.Sum(a => collectedThrough.GetValueOrDefault(a.Id))), ReportRounding.Cents(chargedOff.Sum(a => a.ItemizationAmount)),
                "Net $ recovered through the period's end on charged-off accounts ÷ their charged-off balance as placed."),
            rpc,
            new Ratio(promisesTaken, rpc.RightPartyContacts, "Promises to pay recorded in the period ÷ right-party contacts (outbound calls) in the period."),
            new PromiseKept(
                new Ratio(kept.Count, due.Count, "Promised payments due in the period and kept (paid by due date + grace) ÷ those due whose outcome is known (kept or broken)."),
                new Ratio(ReportRounding.Cents(kept.Sum(p => p.Amount)), ReportRounding.Cents(due.Sum(p => p.Amount)), "The same, in dollars promised.")),
            await CollectorHoursSection.ComputeAsync(db, start, end, now, collectedByCollector, cancellationToken),
            new Ratio(eligible.Count(a => attempted.Contains(a.Id)), eligible.Count,
                "Accounts eligible now (open, no active hold) with at least one outbound call in the period ÷ accounts eligible now."),
            await AbandonRateSection.ComputeAsync(db, to, cancellationToken),
            await ComplianceBlocksSection.ComputeAsync(db, start, end, cancellationToken),
            new Ratio(disputed, noticed, "Accounts with a dispute received in the period ÷ accounts whose validation notice was sent in the period."));
    }

    private static IReadOnlyList<AgingBucket> Aging(IReadOnlyList<AccountRow> accounts, DateOnly day)
    {
        var open = accounts.Where(a => !Finished.Contains(a.Status) && DateOnly.FromDateTime(a.PlacedAt.UtcDateTime) <= day);
        var byBucket = open.GroupBy(a => Bucket(a.DelinquencyDate is { } d ? day.DayNumber - d.DayNumber : 0))
            .ToDictionary(g => g.Key, g => (g.Count(), g.Sum(a => a.Balance)));
        return AgingLabels.Select(label => byBucket.TryGetValue(label, out var v)
            ? new AgingBucket(label, v.Item1, ReportRounding.Cents(v.Item2))
            : new AgingBucket(label, 0, ReportRounding.Cents(0m))).ToList();
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

    private sealed record AccountRow(
        Guid Id, DateTimeOffset PlacedAt, decimal ItemizationAmount, DateOnly? ChargeOffDate, DateOnly? DelinquencyDate, AccountStatus Status,
        decimal Balance, Guid? CollectorId, bool OnHold);

    private sealed record CallRow(Guid[] AccountIds, Domain.Compliance.Facts.AttemptOutcome? ConnectResult, ContactDisposition Disposition);
}
