using DebtHub.Domain.Debtors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations;

internal sealed class PhoneConsentConfiguration : IEntityTypeConfiguration<PhoneConsent>
{
    public void Configure(EntityTypeBuilder<PhoneConsent> builder)
    {
        builder.ToTable("phone_consents");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Source).HasMaxLength(200);
        builder.HasIndex(c => c.PhoneId);
    }
}
