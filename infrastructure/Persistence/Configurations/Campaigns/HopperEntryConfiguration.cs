using DebtHub.Domain.Accounts;
using DebtHub.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations.Campaigns;

internal sealed class HopperEntryConfiguration : IEntityTypeConfiguration<HopperEntry>
{
    public void Configure(EntityTypeBuilder<HopperEntry> builder)
    {
        builder.ToTable("campaign_hopper");
        builder.HasKey(e => new { e.CampaignId, e.AccountId });
        builder.Property(e => e.BlockedBy).HasColumnType("text[]");
        builder.Property(e => e.ClaimedBy).HasMaxLength(200);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(e => e.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Account>().WithMany().HasForeignKey(e => e.AccountId).OnDelete(DeleteBehavior.Cascade);

        // The claim query: a campaign's unfinished entries whose time has come.
        builder.HasIndex(e => new { e.CampaignId, e.Finished, e.NextEligibleAt });
        builder.HasIndex(e => e.AccountId);
    }
}
