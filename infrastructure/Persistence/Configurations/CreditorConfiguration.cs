using DebtHub.Domain.Creditors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations;

internal sealed class CreditorConfiguration : IEntityTypeConfiguration<Creditor>
{
    public void Configure(EntityTypeBuilder<Creditor> builder)
    {
        builder.ToTable("creditors");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.HasIndex(c => c.Name).IsUnique();
        builder.ComplexProperty(c => c.Rules, rules =>
        {
            rules.Property(r => r.SettlementFloorPercent).HasColumnName("settlement_floor_percent").HasPrecision(5, 2);
            rules.Property(r => r.MinimumInstallment).HasColumnName("minimum_installment").HasPrecision(19, 4);
            rules.Property(r => r.MaximumPlanTermMonths).HasColumnName("maximum_plan_term_months");
        });

        // Columns contact_policy_*; all null reads back as "no policy".
        builder.OwnsOne(c => c.ContactPolicy);
    }
}
