using DebtHub.Domain.Debtors;
using DebtHub.Domain.SkipTracing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations.SkipTracing;

internal sealed class SkipCandidateConfiguration : IEntityTypeConfiguration<SkipCandidate>
{
    public void Configure(EntityTypeBuilder<SkipCandidate> builder)
    {
        builder.ToTable("skip_candidates", table => table.HasCheckConstraint("ck_skip_candidates_confidence", "confidence BETWEEN 0 AND 100"));
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Provider).HasMaxLength(60);
        builder.Property(c => c.Phone).HasMaxLength(16);
        builder.Property(c => c.Line1).HasMaxLength(200);
        builder.Property(c => c.Line2).HasMaxLength(200);
        builder.Property(c => c.City).HasMaxLength(100);
        builder.Property(c => c.State).HasMaxLength(2);
        builder.Property(c => c.Zip).HasMaxLength(10);
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.EmployerName).HasMaxLength(200);
        builder.Property(c => c.ReviewedBy).HasMaxLength(100);
        builder.Property(c => c.RejectionReason).HasMaxLength(500);
        builder.Ignore(c => c.MatchKey);
        builder.HasOne<Debtor>().WithMany().HasForeignKey(c => c.DebtorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.SkipTraceId);
        // Yield: right-party contacts on numbers that came from a provider.
        builder.HasIndex(c => new { c.DebtorId, c.Phone });
    }
}
