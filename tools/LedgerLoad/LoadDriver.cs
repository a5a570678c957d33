using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Configuration;
using DebtHub.Domain.Compliance.Evaluation;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Compliance.Location;
using DebtHub.Domain.Contact;
using DebtHub.Infrastructure.Ledger;

namespace DebtHub.LedgerLoad;

/// <summary>
/// Concurrent reservers doing what the dialer does, as fast as they can: the gate decides on facts that know no
/// history (stale on purpose: only the ledger stands between the racing workers and a breach), the ledger reserves,
/// and a granted contact is released (5 %), or confirmed and then given a result: not connected, a conversation, no
/// answer, a voicemail, or none yet. Now and then the consumer calls in and talks (the 7-day bar).
/// </summary>
public sealed class LoadDriver(IContactLedger ledger, ComplianceGate gate, LocationTables tables, RuleSet rules, TimeProvider clock, IReadOnlyList<LoadDebtor> debtors)
{
    private static readonly CreditorFacts _creditor = new(Guid.Parse("5d1f6c3e-0000-4000-8000-000000000001"), CollectionRegime.ThirdParty);

    public async Task<LoadStats> RunAsync(int workers, TimeSpan duration, int seed, CancellationToken cancellationToken)
    {
        var stats = new LoadStats();
        var until = TimeProvider.System.GetUtcNow() + duration;
        var tasks = Enumerable.Range(0, workers).Select(w => Task.Run(() => WorkAsync(new Random(HashCode.Combine(seed, w)), stats, until, cancellationToken), cancellationToken));
        await Task.WhenAll(tasks);
        return stats;
    }

    private async Task WorkAsync(Random random, LoadStats stats, DateTimeOffset until, CancellationToken cancellationToken)
    {
        while (TimeProvider.System.GetUtcNow() < until && !cancellationToken.IsCancellationRequested)
        {
            try
            {
                await StepAsync(random, stats, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                stats.Count(Counter.Error);
                await Task.Delay(5, cancellationToken);
            }
        }
    }

    private async Task StepAsync(Random random, LoadStats stats, CancellationToken cancellationToken)
    {
        var debtor = debtors[random.Next(debtors.Count)];
        var now = clock.GetUtcNow();
        if (random.NextDouble() < 0.0005)
        {
            var inbound = ContactAttempt.Inbound(Guid.CreateVersion7(now), debtor.Id, debtor.AccountIds, debtor.AccountIds, debtor.Phones[0].Number, now, true, now);
            await ledger.RecordInboundConversationAsync(inbound, cancellationToken);
            stats.Count(Counter.Inbound);
            stats.RecordLag(clock.GetUtcNow() - now);
            return;
        }

        var accounts = random.Next(3) switch
        {
            0 => debtor.AccountIds,
            1 => [debtor.AccountIds[0]],
            _ => [debtor.AccountIds[^1]],
        };
        var phone = debtor.Phones[random.Next(debtor.Phones.Count)];
        var channel = random.NextDouble() < 0.85 || phone.LineType != LineType.Wireless ? ContactChannel.Call : ContactChannel.Text;
        var facts = new ContactFacts(
            new DebtorFacts(debtor.Id), [.. accounts.Select(a => new DebtFacts(a))], debtor.Phones, [debtor.Address], [], [], null,
            [], [], [], [], _creditor, null);
        var request = new ContactRequest(channel, ContactMode.Progressive, phone.Number, now);
        var decision = gate.Decide(request, facts);
        if (decision.Permit is not { } permit)
        {
            // Outside calling hours: the simulated night passes in a few real seconds.
            stats.Count(Counter.GateBlocked);
            await Task.Delay(2, cancellationToken);
            return;
        }

        var reservation = ReservationRequest.For(permit, new ContactContext(request, facts, rules, tables));
        var outcome = await ledger.ReserveAsync(reservation, cancellationToken);
        if (outcome.Status == ReservationStatus.Unavailable)
        {
            stats.Count(Counter.Unavailable);
            await Task.Delay(5, cancellationToken);
            return;
        }

        if (!outcome.Granted)
        {
            stats.Count(Counter.Refused);
            return;
        }

        stats.Count(Counter.Granted);
        if (random.NextDouble() < 0.05)
        {
            await ledger.ReleaseAsync(debtor.Id, reservation.ReservationId, cancellationToken);
            stats.Count(Counter.Released);
            return;
        }

        var attempt = reservation.Attempt(reservation.At, ComplianceSnapshot.Of(decision), clock.GetUtcNow());
        if (await ledger.ConfirmAsync(attempt, cancellationToken) != ConfirmOutcome.Confirmed)
        {
            stats.Count(Counter.NotConfirmed);
            return;
        }

        stats.Count(Counter.Confirmed);
        var roll = random.NextDouble();
        if (channel == ContactChannel.Text)
        {
            await ledger.RecordResultAsync(attempt.Id, AttemptOutcome.Sent, ContactDisposition.Sent, false, cancellationToken);
        }
        else if (roll < 0.10)
        {
            await ledger.MarkNotConnectedAsync(attempt.Id, cancellationToken);
        }
        else if (roll < 0.20)
        {
            await ledger.RecordResultAsync(attempt.Id, AttemptOutcome.Answered, ContactDisposition.ConversationRightParty, true, cancellationToken);
            stats.RecordLag(clock.GetUtcNow() - now);
        }
        else if (roll < 0.60)
        {
            await ledger.RecordResultAsync(attempt.Id, AttemptOutcome.NoAnswer, ContactDisposition.NoAnswer, false, cancellationToken);
        }
        else if (roll < 0.80)
        {
            await ledger.RecordResultAsync(attempt.Id, AttemptOutcome.Voicemail, ContactDisposition.Voicemail, false, cancellationToken);
        }
        else
        {
            return;
        }

        stats.Count(Counter.Result);
    }
}
