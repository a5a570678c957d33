using DebtHub.Domain.SkipTracing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations.SkipTracing;

internal sealed class SkipLookupConfiguration : IEntityTypeConfiguration<SkipLookup>
{
    public void Configure(EntityTypeBuilder<SkipLookup> builder)
    {
        builder.ToTable("skip_lookups");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Provider).HasMaxLength(60);
        builder.Property(l => l.Cost).HasPrecision(19, 4);
        builder.Property(l => l.Currency).HasMaxLength(3).IsFixedLength();
        builder.HasIndex(l => l.SkipTraceId);
        // Hit rate per provider over a period.
        builder.HasIndex(l => new { l.Provider, l.At });
    }
}
