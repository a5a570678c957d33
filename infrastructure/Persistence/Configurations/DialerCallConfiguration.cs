using DebtHub.Domain.Accounts;
using DebtHub.Domain.Collectors;
using DebtHub.Domain.Contact;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations;

internal sealed class DialerCallConfiguration : IEntityTypeConfiguration<DialerCall>
{
    public void Configure(EntityTypeBuilder<DialerCall> builder)
    {
        builder.ToTable("dialer_calls");
        builder.HasKey(c => c.CallSid);
        builder.Property(c => c.CallSid).HasMaxLength(34);
        builder.Property(c => c.Status).HasMaxLength(40);
        builder.Property(c => c.AnsweredBy).HasMaxLength(40);
        builder.Ignore(c => c.IsEnded);
        builder.HasOne<ContactAttempt>().WithOne().HasForeignKey<DialerCall>(c => c.AttemptId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account>().WithMany().HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Collector>().WithMany().HasForeignKey(c => c.CollectorId).OnDelete(DeleteBehavior.Restrict);

        // Live figures per campaign and per collector; the screen-pop visibility check (routed, not yet dispositioned).
        builder.HasIndex(c => new { c.CampaignId, c.CreatedAt });
        builder.HasIndex(c => new { c.CollectorId, c.RoutedAt });
        builder.HasIndex(c => c.AccountId);
    }
}
