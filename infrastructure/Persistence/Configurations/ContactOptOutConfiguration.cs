using DebtHub.Domain.Debtors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations;

internal sealed class ContactOptOutConfiguration : IEntityTypeConfiguration<ContactOptOut>
{
    public void Configure(EntityTypeBuilder<ContactOptOut> builder)
    {
        builder.ToTable("contact_opt_outs");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Destination).HasMaxLength(320);
        builder.HasIndex(o => o.DebtorId);
    }
}
