using DebtHub.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations;

internal sealed class AccountHoldConfiguration : IEntityTypeConfiguration<AccountHold>
{
    public void Configure(EntityTypeBuilder<AccountHold> builder)
    {
        builder.ToTable("account_holds");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Reason).HasMaxLength(500);
        builder.Property(h => h.Details).HasMaxLength(1000);
        builder.Property(h => h.PlacedBy).HasMaxLength(100);
        builder.Property(h => h.LiftedBy).HasMaxLength(100);
        builder.Property(h => h.LiftReason).HasMaxLength(500);
        builder.Ignore(h => h.IsActive);
        builder.HasIndex(h => h.AccountId);
        // At most one active hold of each kind per account, even under concurrent requests.
        builder.HasIndex(h => new { h.AccountId, h.Kind }).IsUnique().HasFilter("lifted_at IS NULL");
    }
}
