using DebtHub.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations;

internal sealed class LedgerTransactionConfiguration : IEntityTypeConfiguration<LedgerTransaction>
{
    public void Configure(EntityTypeBuilder<LedgerTransaction> builder)
    {
        builder.ToTable("ledger_transactions");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.PrincipalDelta).HasPrecision(19, 4);
        builder.Property(t => t.InterestDelta).HasPrecision(19, 4);
        builder.Property(t => t.FeeDelta).HasPrecision(19, 4);
        builder.Property(t => t.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(t => t.IdempotencyKey).HasMaxLength(200);
        builder.Property(t => t.Reason).HasMaxLength(500);
        builder.Property(t => t.PostedBy).HasMaxLength(100);
        builder.Ignore(t => t.Deltas);
        builder.Ignore(t => t.Amount);
        builder.HasOne<LedgerTransaction>().WithMany().HasForeignKey(t => t.RelatedTransactionId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(t => new { t.AccountId, t.PostedAt });
        // A payment with a key already seen is never posted twice, whatever races.
        builder.HasIndex(t => t.IdempotencyKey).IsUnique().HasFilter("idempotency_key IS NOT NULL");
        // A payment is reversed at most once.
        builder.HasIndex(t => t.RelatedTransactionId).IsUnique().HasFilter("kind = 'Reversal'");
    }
}
