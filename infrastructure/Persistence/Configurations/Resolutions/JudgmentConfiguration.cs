using DebtHub.Domain.Resolutions.Legal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations.Resolutions;

internal sealed class JudgmentConfiguration : IEntityTypeConfiguration<Judgment>
{
    public void Configure(EntityTypeBuilder<Judgment> builder)
    {
        builder.ToTable("legal_judgments");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).ValueGeneratedNever();
        builder.Property(j => j.Court).HasMaxLength(200);
        builder.Property(j => j.CaseNumber).HasMaxLength(100);
        builder.Property(j => j.Amount).HasPrecision(19, 4);
        builder.Property(j => j.RecordedBy).HasMaxLength(100);
        builder.HasIndex(j => j.ReferralId);
    }
}
