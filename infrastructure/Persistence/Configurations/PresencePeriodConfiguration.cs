using DebtHub.Domain.Collectors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations;

internal sealed class PresencePeriodConfiguration : IEntityTypeConfiguration<PresencePeriod>
{
    public void Configure(EntityTypeBuilder<PresencePeriod> builder)
    {
        builder.ToTable("collector_presence_periods");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.CallSid).HasMaxLength(34);
        builder.HasOne<Collector>().WithMany().HasForeignKey(p => p.CollectorId).OnDelete(DeleteBehavior.Cascade);

        // A collector's time per state over a period, and their open period.
        builder.HasIndex(p => new { p.CollectorId, p.StartedAt });
    }
}
