using DebtHub.Domain.Collectors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations;

internal sealed class CollectorConfiguration : IEntityTypeConfiguration<Collector>
{
    public void Configure(EntityTypeBuilder<Collector> builder)
    {
        builder.ToTable("collectors");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.UserName).HasMaxLength(64);
        builder.Property(c => c.DisplayName).HasMaxLength(100);
        builder.PrimitiveCollection(c => c.Languages).HasColumnType("text[]");
        builder.PrimitiveCollection(c => c.StateLicences).HasColumnType("text[]");
        builder.HasOne<Team>().WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => c.UserName).IsUnique();
        builder.HasIndex(c => c.TeamId);
    }
}
