using DebtHub.Domain.SkipTracing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations.SkipTracing;

internal sealed class SkipIndicatorConfiguration : IEntityTypeConfiguration<SkipIndicator>
{
    public void Configure(EntityTypeBuilder<SkipIndicator> builder)
    {
        builder.ToTable("skip_indicators");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Provider).HasMaxLength(60);
        builder.Property(i => i.Detail).HasMaxLength(500);
        builder.HasIndex(i => i.SkipTraceId);
    }
}
