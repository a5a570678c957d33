using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Contact;
using DebtHub.Infrastructure.Ledger;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Dialer.Tests.Campaigns.Support;

/// <summary>The real Redis ledger, counting the reservations asked of it (what a test cannot see after a release).</summary>
internal sealed class CountingLedger(IContactLedger inner) : IContactLedger
{
    private int _reservations;

    public int Reservations => Volatile.Read(ref _reservations);

    public LedgerStatus Status => inner.Status;

    /// <summary>Wraps the registered ledger of <paramref name="services"/> (resolve <see cref="IContactLedger"/> to read it).</summary>
    public static void Install(IServiceCollection services)
    {
        var descriptor = services.Single(d => d.ServiceType == typeof(IContactLedger));
        services.Remove(descriptor);
        services.AddSingleton<IContactLedger>(sp => new CountingLedger((IContactLedger)ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!)));
    }

    public Task<ReservationOutcome> ReserveAsync(ReservationRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reservations);
        return inner.ReserveAsync(request, cancellationToken);
    }

    public Task<ConfirmOutcome> ConfirmAsync(ContactAttempt attempt, CancellationToken cancellationToken) => inner.ConfirmAsync(attempt, cancellationToken);

    public Task ReleaseAsync(Guid debtorId, Guid reservationId, CancellationToken cancellationToken) => inner.ReleaseAsync(debtorId, reservationId, cancellationToken);

    public Task RecordResultAsync(Guid attemptId, AttemptOutcome result, ContactDisposition disposition, bool conversationTookPlace, CancellationToken cancellationToken) =>
        inner.RecordResultAsync(attemptId, result, disposition, conversationTookPlace, cancellationToken);

    public Task RecordResultAsync(
        ContactAttempt attempt, AttemptOutcome result, ContactDisposition disposition, bool conversationTookPlace, Func<CancellationToken, Task> commit, CancellationToken cancellationToken) =>
        inner.RecordResultAsync(attempt, result, disposition, conversationTookPlace, commit, cancellationToken);

    public Task MarkNotConnectedAsync(Guid attemptId, CancellationToken cancellationToken) => inner.MarkNotConnectedAsync(attemptId, cancellationToken);

    public Task RecordInboundConversationAsync(ContactAttempt inbound, CancellationToken cancellationToken) => inner.RecordInboundConversationAsync(inbound, cancellationToken);
}
