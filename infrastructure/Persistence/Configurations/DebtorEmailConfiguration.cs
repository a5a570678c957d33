using DebtHub.Domain.Debtors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations;

internal sealed class DebtorEmailConfiguration : IEntityTypeConfiguration<DebtorEmail>
{
    public void Configure(EntityTypeBuilder<DebtorEmail> builder)
    {
        builder.ToTable("debtor_emails");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Address).HasMaxLength(254);
        builder.HasIndex(e => e.DebtorId);
    }
}
