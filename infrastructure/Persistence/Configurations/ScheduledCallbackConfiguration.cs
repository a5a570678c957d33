using DebtHub.Domain.Accounts;
using DebtHub.Domain.Campaigns;
using DebtHub.Domain.Collectors;
using DebtHub.Domain.Contact;
using DebtHub.Domain.Debtors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations;

internal sealed class ScheduledCallbackConfiguration : IEntityTypeConfiguration<ScheduledCallback>
{
    public void Configure(EntityTypeBuilder<ScheduledCallback> builder)
    {
        builder.ToTable("scheduled_callbacks");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.RequestedBy).HasMaxLength(100);
        builder.HasOne<Account>().WithMany().HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DebtorPhone>().WithMany().HasForeignKey(c => c.PhoneId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Collector>().WithMany().HasForeignKey(c => c.CollectorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(c => c.CampaignId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<ContactAttempt>().WithMany().HasForeignKey(c => c.AttemptId).OnDelete(DeleteBehavior.SetNull);

        // The dialer's question (dialer/Callbacks): which open callbacks are due now.
        builder.HasIndex(c => c.NextTryAt).HasFilter("status IN ('Scheduled', 'Blocked')");
        builder.HasIndex(c => c.AccountId);
    }
}
