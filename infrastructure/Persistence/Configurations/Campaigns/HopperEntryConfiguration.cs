using DebtHub.Domain.Accounts;
using DebtHub.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations.Campaigns;

internal sealed class HopperEntryConfiguration : IEntityTypeConfiguration<HopperEntry>
{
    private const string AccountBalance = "AccountBalance";
    private const string AccountPlacedAt = "AccountPlacedAt";

    public void Configure(EntityTypeBuilder<HopperEntry> builder)
    {
        builder.ToTable("campaign_hopper");
        builder.HasKey(e => new { e.CampaignId, e.AccountId });
        builder.Property(e => e.BlockedBy).HasColumnType("text[]");
        builder.Property(e => e.ClaimedBy).HasMaxLength(200);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(e => e.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Account>().WithMany().HasForeignKey(e => e.AccountId).OnDelete(DeleteBehavior.Cascade);

        // Copies of the account's balance and placement instant, the default claim order (migration 0013); written by the
        // dialer's fill and refill, not part of the entry's logic.
        builder.Property<decimal>(AccountBalance).HasPrecision(19, 4);
        builder.Property<DateTimeOffset>(AccountPlacedAt);

        // The claim query: a campaign's unfinished entries whose time has come.
        builder.HasIndex(e => new { e.CampaignId, e.Finished, e.NextEligibleAt });

        // The claim in the default order walks this index; next_eligible_at last, so entries not due are skipped inside it.
        builder.HasIndex(nameof(HopperEntry.CampaignId), AccountBalance, AccountPlacedAt, nameof(HopperEntry.AccountId), nameof(HopperEntry.NextEligibleAt))
            .IsDescending(false, true, false, false, false)
            .HasFilter("NOT finished")
            .HasDatabaseName("ix_campaign_hopper_claim_by_balance");
        builder.HasIndex(e => e.AccountId);
    }
}
