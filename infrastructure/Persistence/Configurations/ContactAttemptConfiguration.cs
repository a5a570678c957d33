using DebtHub.Domain.Collectors;
using DebtHub.Domain.Contact;
using DebtHub.Domain.Debtors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations;

internal sealed class ContactAttemptConfiguration : IEntityTypeConfiguration<ContactAttempt>
{
    public void Configure(EntityTypeBuilder<ContactAttempt> builder)
    {
        builder.ToTable("contact_attempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.AccountIds).HasColumnType("uuid[]");
        builder.Property(a => a.DebtKeys).HasColumnType("uuid[]");
        builder.Property(a => a.CountedDebtKeys).HasColumnType("uuid[]");
        builder.Property(a => a.Destination).HasMaxLength(320);
        builder.Property(a => a.RuleSetVersion).HasMaxLength(40);
        builder.Property(a => a.ZoneIds).HasColumnType("text[]");
        builder.Property(a => a.ZoneLocalTimes).HasColumnType("timestamp without time zone[]");

        // The record of contact is kept (Reg F retention): deleting a debtor or collector must not erase it.
        builder.HasOne<Debtor>().WithMany().HasForeignKey(a => a.DebtorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Collector>().WithMany().HasForeignKey(a => a.CollectorId).OnDelete(DeleteBehavior.Restrict);

        // Facts for one debtor, and the ledger's rebuild of the last 30 days.
        builder.HasIndex(a => new { a.DebtorId, a.PlacedAt });
        builder.HasIndex(a => a.PlacedAt);

        // A campaign's answer, handle and abandon rates over 30 days (predictive pacing).
        builder.HasIndex(a => new { a.CampaignId, a.PlacedAt });
    }
}
