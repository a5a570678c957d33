using DebtHub.Infrastructure.Twilio.CallLegs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations;

internal sealed class TwilioCallLegConfiguration : IEntityTypeConfiguration<TwilioCallLeg>
{
    public void Configure(EntityTypeBuilder<TwilioCallLeg> builder)
    {
        builder.ToTable("twilio_call_legs");
        builder.HasKey(l => l.CallSid);
        builder.Property(l => l.CallSid).HasMaxLength(34);
        builder.Property(l => l.Status).HasMaxLength(40);
        builder.Property(l => l.AnsweredBy).HasMaxLength(40);
        builder.Property(l => l.DialCallStatus).HasMaxLength(40);
        builder.Property(l => l.DialCallSid).HasMaxLength(34);
    }
}
