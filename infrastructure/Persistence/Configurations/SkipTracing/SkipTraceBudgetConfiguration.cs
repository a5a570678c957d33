using DebtHub.Domain.SkipTracing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations.SkipTracing;

internal sealed class SkipTraceBudgetConfiguration : IEntityTypeConfiguration<SkipTraceBudget>
{
    public void Configure(EntityTypeBuilder<SkipTraceBudget> builder)
    {
        builder.ToTable("skip_trace_budgets", table => table.HasCheckConstraint("ck_skip_trace_budgets_spent", "spent >= 0"));
        builder.HasKey(b => new { b.Provider, b.Month });
        builder.Property(b => b.Provider).HasMaxLength(60);
        builder.Property(b => b.Spent).HasPrecision(19, 4);
        builder.Property(b => b.Currency).HasMaxLength(3).IsFixedLength();
    }
}
