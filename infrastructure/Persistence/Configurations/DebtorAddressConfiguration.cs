using DebtHub.Domain.Debtors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations;

internal sealed class DebtorAddressConfiguration : IEntityTypeConfiguration<DebtorAddress>
{
    public void Configure(EntityTypeBuilder<DebtorAddress> builder)
    {
        builder.ToTable("debtor_addresses");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Line1).HasMaxLength(200);
        builder.Property(a => a.Line2).HasMaxLength(200);
        builder.Property(a => a.City).HasMaxLength(100);
        builder.Property(a => a.State).HasMaxLength(2).IsFixedLength();
        builder.Property(a => a.Zip).HasMaxLength(10);
        builder.Property(a => a.Country).HasMaxLength(2).IsFixedLength();
        builder.HasIndex(a => a.DebtorId);
        builder.HasIndex(a => a.Zip);
    }
}
