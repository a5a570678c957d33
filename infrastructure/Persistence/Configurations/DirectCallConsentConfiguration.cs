using DebtHub.Domain.Debtors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations;

internal sealed class DirectCallConsentConfiguration : IEntityTypeConfiguration<DirectCallConsent>
{
    public void Configure(EntityTypeBuilder<DirectCallConsent> builder)
    {
        builder.ToTable("direct_call_consents");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.AccountIds).HasColumnType("uuid[]");
        builder.HasIndex(c => new { c.DebtorId, c.GrantedAt });
    }
}
