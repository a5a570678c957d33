using DebtHub.Domain.Accounts;
using DebtHub.Domain.Debtors;
using DebtHub.Domain.SkipTracing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations.SkipTracing;

internal sealed class SkipTraceConfiguration : IEntityTypeConfiguration<SkipTrace>
{
    public void Configure(EntityTypeBuilder<SkipTrace> builder)
    {
        // The permissible purpose is recorded with every lookup (FCRA, GLBA, DPPA); a row without one cannot exist.
        builder.ToTable("skip_traces", table => table.HasCheckConstraint(
            "ck_skip_traces_permissible_purpose", "fcra_purpose IS NOT NULL OR glba_purpose IS NOT NULL OR dppa_purpose IS NOT NULL"));
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.RequestedBy).HasMaxLength(100);
        builder.Ignore(t => t.Purpose);
        builder.Ignore(t => t.BestConfidence);
        builder.Ignore(t => t.TotalCost);
        builder.HasOne<Account>().WithMany().HasForeignKey(t => t.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Debtor>().WithMany().HasForeignKey(t => t.DebtorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SkipTraceBatch>().WithMany().HasForeignKey(t => t.BatchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Lookups).WithOne().HasForeignKey(l => l.SkipTraceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Candidates).WithOne().HasForeignKey(c => c.SkipTraceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Indicators).WithOne().HasForeignKey(i => i.SkipTraceId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Lookups).HasField("_lookups");
        builder.Navigation(t => t.Candidates).HasField("_candidates");
        builder.Navigation(t => t.Indicators).HasField("_indicators");
        builder.HasIndex(t => new { t.AccountId, t.RequestedAt });
        builder.HasIndex(t => t.BatchId);
    }
}
