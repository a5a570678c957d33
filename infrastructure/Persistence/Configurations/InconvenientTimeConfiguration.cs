using DebtHub.Domain.Debtors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations;

internal sealed class InconvenientTimeConfiguration : IEntityTypeConfiguration<InconvenientTime>
{
    public void Configure(EntityTypeBuilder<InconvenientTime> builder)
    {
        builder.ToTable("inconvenient_times");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.TimeZoneId).HasMaxLength(64);
        // Days of the week as a smallint[] of 0 (Sunday) to 6 (Saturday).
        builder.Property(t => t.Days)
            .HasConversion(
                days => days.Select(d => (short)d).ToArray(),
                stored => stored.Select(d => (DayOfWeek)d).ToArray(),
                new ValueComparer<IReadOnlyList<DayOfWeek>>(
                    (a, b) => a!.SequenceEqual(b!),
                    days => days.Aggregate(0, (hash, day) => HashCode.Combine(hash, day)),
                    days => days.ToArray()))
            .HasColumnType("smallint[]");
        builder.HasOne<DebtorPhone>().WithMany().HasForeignKey(t => t.PhoneId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.DebtorId);
    }
}
