using DebtHub.Infrastructure.Twilio.CallLegs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations;

internal sealed class TwilioCallEventConfiguration : IEntityTypeConfiguration<TwilioCallEvent>
{
    public void Configure(EntityTypeBuilder<TwilioCallEvent> builder)
    {
        builder.ToTable("twilio_call_events");
        builder.HasKey(e => new { e.CallSid, e.DedupKey });
        builder.Property(e => e.CallSid).HasMaxLength(34);
        builder.Property(e => e.DedupKey).HasMaxLength(80);
        builder.Property(e => e.Kind).HasMaxLength(20);
        builder.Property(e => e.Status).HasMaxLength(40);
        builder.HasOne<TwilioCallLeg>().WithMany().HasForeignKey(e => e.CallSid).OnDelete(DeleteBehavior.Cascade);
    }
}
