using DebtHub.Domain.Accounts;
using DebtHub.Domain.Resolutions.Legal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations.Resolutions;

internal sealed class LegalReferralConfiguration : IEntityTypeConfiguration<LegalReferral>
{
    public void Configure(EntityTypeBuilder<LegalReferral> builder)
    {
        builder.ToTable("legal_referrals");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Attorney).HasMaxLength(300);
        builder.Property(r => r.Reason).HasMaxLength(1000);
        builder.Property(r => r.ReferredBy).HasMaxLength(100);
        builder.Property(r => r.Court).HasMaxLength(200);
        builder.Property(r => r.CaseNumber).HasMaxLength(100);
        builder.Property(r => r.ClosingReason).HasMaxLength(500);
        builder.Ignore(r => r.IsOpen);
        builder.HasOne<Account>().WithMany().HasForeignKey(r => r.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Judgments).WithOne().HasForeignKey(j => j.ReferralId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Liens).WithOne().HasForeignKey(l => l.ReferralId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Judgments).HasField("_judgments");
        builder.Navigation(r => r.Liens).HasField("_liens");
        builder.HasIndex(r => r.AccountId);
    }
}
