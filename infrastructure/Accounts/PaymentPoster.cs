using DebtHub.Domain.Accounts;
using DebtHub.Domain.Audit;
using DebtHub.Domain.Common;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DebtHub.Infrastructure.Accounts;

/// <summary>The outcome of posting a payment: the ledger line, and whether this call posted it or found it already posted.</summary>
public sealed record PaymentPosted(LedgerTransaction Payment, bool AlreadyPosted);

/// <summary>
/// Posts payments exactly once per idempotency key, however many times and however concurrently the same request
/// arrives: the unique index on the key decides, and a losing writer returns the winner's payment. A concurrent change
/// to the same account (another payment, an adjustment) is retried from fresh balances.
/// </summary>
public sealed class PaymentPoster(IDbContextFactory<DebtHubDbContext> contexts, TimeProvider time, PaymentOptions? options = null)
{
    private readonly IReadOnlyList<BalanceBucket> _order = (options ?? new PaymentOptions()).Order;

    private const int MaxAttempts = 5;

    public Task<PaymentPosted> PostAsync(
        Guid accountId, Money amount, DateOnly effectiveOn, string idempotencyKey, string postedBy, CancellationToken cancellationToken) =>
        PostAsync(accountId, amount, effectiveOn, idempotencyKey, postedBy, audit: null, cancellationToken);

    /// <summary>As above; <paramref name="audit"/> makes the audit entry of a newly posted payment, saved in the same transaction.</summary>
    public async Task<PaymentPosted> PostAsync(
        Guid accountId, Money amount, DateOnly effectiveOn, string idempotencyKey, string postedBy,
        Func<LedgerTransaction, AuditEntry>? audit, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey))
        {
            throw new DomainException("REQUIRED", "A payment needs an idempotency key so that a retried request never posts twice.");
        }

        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var existing = await db.LedgerTransactions.AsNoTracking()
                .FirstOrDefaultAsync(t => t.IdempotencyKey == idempotencyKey, cancellationToken);
            if (existing is not null)
            {
                return Existing(existing, accountId);
            }

            var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == accountId, cancellationToken)
                          ?? throw new DomainException("UNKNOWN_ACCOUNT", "No account has that id.");
            var payment = account.PostPayment(amount, effectiveOn, idempotencyKey, _order, postedBy, time.GetUtcNow());
            if (audit is not null)
            {
                db.AuditEntries.Add(audit(payment));
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new PaymentPosted(payment, AlreadyPosted: false);
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } && attempt < MaxAttempts)
            {
                // Another request with the same key won the race; the next pass returns its payment.
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                // The account changed under us; recompute the split from its new balances.
            }
        }
    }

    private static PaymentPosted Existing(LedgerTransaction existing, Guid accountId) =>
        existing.AccountId == accountId
            ? new PaymentPosted(existing, AlreadyPosted: true)
            : throw new DomainException("IDEMPOTENCY_KEY_REUSED", "That idempotency key was already used for a payment on another account.");
}
