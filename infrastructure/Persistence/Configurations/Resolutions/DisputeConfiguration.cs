using DebtHub.Domain.Accounts;
using DebtHub.Domain.Resolutions.Disputes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations.Resolutions;

internal sealed class DisputeConfiguration : IEntityTypeConfiguration<Dispute>
{
    public void Configure(EntityTypeBuilder<Dispute> builder)
    {
        builder.ToTable("disputes");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Summary).HasMaxLength(2000);
        builder.Property(d => d.RecordedBy).HasMaxLength(100);
        builder.Property(d => d.VerifiedBy).HasMaxLength(100);
        builder.Property(d => d.VerificationSummary).HasMaxLength(2000);
        builder.Ignore(d => d.HoldsCollection);
        builder.HasOne<Account>().WithMany().HasForeignKey(d => d.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Dispute>().WithMany().HasForeignKey(d => d.DuplicateOfId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AccountHold>().WithMany().HasForeignKey(d => d.HoldId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.AccountId);
        builder.HasIndex(d => d.DuplicateOfId);
        builder.HasIndex(d => d.HoldId);
    }
}
