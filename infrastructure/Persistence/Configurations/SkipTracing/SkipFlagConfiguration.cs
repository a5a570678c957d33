using DebtHub.Domain.Accounts;
using DebtHub.Domain.SkipTracing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations.SkipTracing;

internal sealed class SkipFlagConfiguration : IEntityTypeConfiguration<SkipFlag>
{
    public void Configure(EntityTypeBuilder<SkipFlag> builder)
    {
        builder.ToTable("skip_flags");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Reason).HasMaxLength(500);
        builder.Property(f => f.FlaggedBy).HasMaxLength(100);
        builder.Ignore(f => f.IsActive);
        builder.HasOne<Account>().WithMany().HasForeignKey(f => f.AccountId).OnDelete(DeleteBehavior.Cascade);
        // One open flag per account, whatever races.
        builder.HasIndex(f => f.AccountId).IsUnique().HasFilter("cleared_at IS NULL");
    }
}
