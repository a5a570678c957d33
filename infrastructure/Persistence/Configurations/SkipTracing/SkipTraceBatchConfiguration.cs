using DebtHub.Domain.SkipTracing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations.SkipTracing;

internal sealed class SkipTraceBatchConfiguration : IEntityTypeConfiguration<SkipTraceBatch>
{
    public void Configure(EntityTypeBuilder<SkipTraceBatch> builder)
    {
        builder.ToTable("skip_trace_batches");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Provider).HasMaxLength(60);
        builder.Property(b => b.CreatedBy).HasMaxLength(100);
        builder.Property(b => b.ImportedBy).HasMaxLength(100);
    }
}
