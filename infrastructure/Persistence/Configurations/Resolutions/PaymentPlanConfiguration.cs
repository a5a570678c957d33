using DebtHub.Domain.Accounts;
using DebtHub.Domain.Resolutions.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations.Resolutions;

internal sealed class PaymentPlanConfiguration : IEntityTypeConfiguration<PaymentPlan>
{
    public void Configure(EntityTypeBuilder<PaymentPlan> builder)
    {
        builder.ToTable("payment_plans", table =>
        {
            table.HasCheckConstraint("ck_payment_plans_total_amount", "total_amount > 0");
            table.HasCheckConstraint("ck_payment_plans_grace_days", "grace_days BETWEEN 0 AND 15");
        });
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(p => p.BalanceAtProposal).HasPrecision(19, 4);
        builder.Property(p => p.TotalAmount).HasPrecision(19, 4);
        builder.Property(p => p.ProposedBy).HasMaxLength(100);
        builder.Property(p => p.DecidedBy).HasMaxLength(100);
        builder.Property(p => p.DecisionNote).HasMaxLength(500);
        builder.PrimitiveCollection(p => p.ApprovalReasons).HasColumnType("text[]");
        builder.Ignore(p => p.IsOpen);
        builder.HasOne<Account>().WithMany().HasForeignKey(p => p.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Installments).WithOne().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Installments).HasField("_installments");

        builder.HasIndex(p => p.AccountId);
        // One open plan per account: a second proposal while one is pending or active fails even under a race.
        builder.HasIndex(p => p.AccountId, "one_open_plan_per_account").IsUnique().HasFilter("status IN ('PendingApproval', 'Active')");
        // The daily evaluation reads active plans; the approval queue reads pending ones.
        builder.HasIndex(p => p.Status);
    }
}
