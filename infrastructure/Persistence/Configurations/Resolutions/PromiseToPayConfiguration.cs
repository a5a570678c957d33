using DebtHub.Domain.Accounts;
using DebtHub.Domain.Resolutions.Promises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations.Resolutions;

internal sealed class PromiseToPayConfiguration : IEntityTypeConfiguration<PromiseToPay>
{
    public void Configure(EntityTypeBuilder<PromiseToPay> builder)
    {
        builder.ToTable("promises_to_pay");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(p => p.RecordedBy).HasMaxLength(100);
        builder.Property(p => p.CancelReason).HasMaxLength(500);
        builder.Ignore(p => p.TotalAmount);
        builder.HasOne<Account>().WithMany().HasForeignKey(p => p.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Payments).WithOne().HasForeignKey(l => l.PromiseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Payments).HasField("_payments");
        builder.HasIndex(p => p.AccountId);
        builder.HasIndex(p => p.Status);
    }
}
