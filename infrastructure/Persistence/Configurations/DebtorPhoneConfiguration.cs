using DebtHub.Domain.Debtors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations;

internal sealed class DebtorPhoneConfiguration : IEntityTypeConfiguration<DebtorPhone>
{
    public void Configure(EntityTypeBuilder<DebtorPhone> builder)
    {
        builder.ToTable("debtor_phones");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Number).HasMaxLength(16);
        builder.Ignore(p => p.IsDialable);
        builder.HasMany(p => p.Consents).WithOne().HasForeignKey(c => c.PhoneId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Consents).HasField("_consents");
        builder.HasIndex(p => new { p.DebtorId, p.Number }).IsUnique();
        builder.HasIndex(p => p.Number);
    }
}
