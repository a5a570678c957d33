using DebtHub.Domain.Collectors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations;

internal sealed class CollectorPresenceConfiguration : IEntityTypeConfiguration<CollectorPresence>
{
    public void Configure(EntityTypeBuilder<CollectorPresence> builder)
    {
        builder.ToTable("collector_presence");
        builder.HasKey(p => p.CollectorId);
        builder.Property(p => p.CollectorId).ValueGeneratedNever();
        builder.Property(p => p.CallSid).HasMaxLength(34);
        builder.Property(p => p.Version).HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
        builder.HasOne<Collector>().WithOne().HasForeignKey<CollectorPresence>(p => p.CollectorId).OnDelete(DeleteBehavior.Cascade);

        // Routing's claim: the available collector idle longest.
        builder.HasIndex(p => new { p.State, p.Since });
    }
}
