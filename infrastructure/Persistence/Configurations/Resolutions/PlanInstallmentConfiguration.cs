using DebtHub.Domain.Resolutions.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations.Resolutions;

internal sealed class PlanInstallmentConfiguration : IEntityTypeConfiguration<PlanInstallment>
{
    public void Configure(EntityTypeBuilder<PlanInstallment> builder)
    {
        builder.ToTable("payment_plan_installments", table =>
        {
            table.HasCheckConstraint("ck_payment_plan_installments_amount", "amount > 0");
        });
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Amount).HasPrecision(19, 4);
        builder.Property(i => i.PaidAmount).HasPrecision(19, 4);
        builder.HasIndex(i => new { i.PlanId, i.Sequence }).IsUnique();
    }
}
