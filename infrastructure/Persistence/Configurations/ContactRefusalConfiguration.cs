using DebtHub.Domain.Contact;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations;

internal sealed class ContactRefusalConfiguration : IEntityTypeConfiguration<ContactRefusal>
{
    public void Configure(EntityTypeBuilder<ContactRefusal> builder)
    {
        builder.ToTable("contact_refusals");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.AccountIds).HasColumnType("uuid[]");
        builder.Property(r => r.RuleIds).HasColumnType("text[]");
        builder.Property(r => r.RuleSetVersion).HasMaxLength(40);

        // No foreign keys: a refusal is a log of the gate's answers, written outside the caller's transaction on a hot
        // path, and it must neither slow that write nor stop a debtor, collector or campaign from being removed.

        // The report counts the refusals of a period.
        builder.HasIndex(r => r.DecidedAt);
    }
}
