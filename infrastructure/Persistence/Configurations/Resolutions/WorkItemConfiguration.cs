using DebtHub.Domain.Accounts;
using DebtHub.Domain.Collectors;
using DebtHub.Domain.Resolutions.WorkItems;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations.Resolutions;

internal sealed class WorkItemConfiguration : IEntityTypeConfiguration<WorkItem>
{
    public void Configure(EntityTypeBuilder<WorkItem> builder)
    {
        builder.ToTable("work_items");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.Reason).HasMaxLength(500);
        builder.Property(w => w.CompletedBy).HasMaxLength(100);
        builder.Ignore(w => w.IsOpen);
        builder.HasOne<Account>().WithMany().HasForeignKey(w => w.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Collector>().WithMany().HasForeignKey(w => w.CollectorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(w => w.AccountId);
        // One item per broken plan or promise: the daily job can run twice (or on two nodes) without doubling the queue.
        builder.HasIndex(w => new { w.Kind, w.SubjectId }).IsUnique();
        // A collector's open queue, oldest first.
        builder.HasIndex(w => new { w.CollectorId, w.CreatedAt }).HasFilter("completed_at IS NULL");
    }
}
