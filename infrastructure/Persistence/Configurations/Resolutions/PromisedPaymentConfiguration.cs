using DebtHub.Domain.Resolutions.Promises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations.Resolutions;

internal sealed class PromisedPaymentConfiguration : IEntityTypeConfiguration<PromisedPayment>
{
    public void Configure(EntityTypeBuilder<PromisedPayment> builder)
    {
        builder.ToTable("promised_payments", table =>
        {
            table.HasCheckConstraint("ck_promised_payments_amount", "amount > 0");
        });
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Amount).HasPrecision(19, 4);
        builder.Property(p => p.PaidAmount).HasPrecision(19, 4);
        builder.HasIndex(p => new { p.PromiseId, p.Sequence }).IsUnique();
    }
}
