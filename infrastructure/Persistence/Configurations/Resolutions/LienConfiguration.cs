using DebtHub.Domain.Resolutions.Legal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations.Resolutions;

internal sealed class LienConfiguration : IEntityTypeConfiguration<Lien>
{
    public void Configure(EntityTypeBuilder<Lien> builder)
    {
        builder.ToTable("legal_liens");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Description).HasMaxLength(500);
        builder.Property(l => l.Jurisdiction).HasMaxLength(200);
        builder.Property(l => l.InstrumentNumber).HasMaxLength(100);
        builder.Property(l => l.Amount).HasPrecision(19, 4);
        builder.Property(l => l.RecordedBy).HasMaxLength(100);
        builder.HasIndex(l => l.ReferralId);
    }
}
