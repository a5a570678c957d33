using DebtHub.Domain.Accounts;
using DebtHub.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations.Campaigns;

internal sealed class HopperEntryConfiguration : IEntityTypeConfiguration<HopperEntry>
{
    private const string AccountBalance = "AccountBalance";
    private const string AccountPlacedAt = "AccountPlacedAt";
    private const string DialedFor = "DialedFor";
    private const string AccountState = "AccountState";
    private const string DebtorLanguage = "DebtorLanguage";
    private const string PriorityKey = "PriorityKey";

    public void Configure(EntityTypeBuilder<HopperEntry> builder)
    {
        builder.ToTable("campaign_hopper");
        builder.HasKey(e => new { e.CampaignId, e.AccountId });
        builder.Property(e => e.BlockedBy).HasColumnType("text[]");
        builder.Property(e => e.ClaimedBy).HasMaxLength(200);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(e => e.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Account>().WithMany().HasForeignKey(e => e.AccountId).OnDelete(DeleteBehavior.Cascade);

        // Copies the claims read (migrations 0013 and 0016): the account's balance, placement instant (the order's last
        // tie-break) and state, the debtor's language, and the campaign's priority order as one key; written by the
        // dialer's fill and refill, not part of the entry's logic.
        builder.Property<decimal>(AccountBalance).HasPrecision(19, 4);
        builder.Property<DateTimeOffset>(AccountPlacedAt);
        builder.Property<string>(AccountState).HasMaxLength(2).IsRequired();
        builder.Property<string>(DebtorLanguage).HasMaxLength(35).IsRequired();
        builder.Property<decimal[]>(PriorityKey).HasColumnType("numeric[]").IsRequired();

        // The claim query: a campaign's unfinished entries whose time has come.
        builder.HasIndex(e => new { e.CampaignId, e.Finished, e.NextEligibleAt });

        // A claim in any order walks this index; next_eligible_at last, so entries not due are skipped inside it.
        builder.HasIndex(nameof(HopperEntry.CampaignId), PriorityKey, AccountPlacedAt, nameof(HopperEntry.AccountId), nameof(HopperEntry.NextEligibleAt))
            .HasFilter("NOT finished")
            .HasDatabaseName("ix_campaign_hopper_claim_order");
        builder.HasIndex(e => e.AccountId);

        // The collector a progressive line was dialed for, and the claims held now: every pacing round reads them as
        // lines out of the shared collector pool (migration 0016).
        builder.Property<Guid?>(DialedFor);
        builder.HasIndex(e => e.ClaimedUntil).HasFilter("claimed_until IS NOT NULL").HasDatabaseName("ix_campaign_hopper_claimed_until");
    }
}
