using DebtHub.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations.Campaigns;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.ToTable("campaigns");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(Campaign.NameMaxLength);
        builder.Property(c => c.Segment).IsJson();
        builder.Property(c => c.Hours).IsJson();
        builder.Property(c => c.CallerIds).IsJson();
        builder.Property(c => c.Retry).IsJson();
        builder.Property(c => c.Voicemail).IsJson();
        builder.Property(c => c.Priority).IsJson();
        builder.Property(c => c.Pacing).IsJson();

        // Two supervisors editing one campaign: the second save fails instead of silently undoing the first.
        builder.Property(c => c.Version).HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
        builder.HasIndex(c => c.Status);
    }
}
