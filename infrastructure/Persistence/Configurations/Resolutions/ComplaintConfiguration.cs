using DebtHub.Domain.Accounts;
using DebtHub.Domain.Debtors;
using DebtHub.Domain.Resolutions.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations.Resolutions;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.ToTable("complaints");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Summary).HasMaxLength(4000);
        builder.Property(c => c.LoggedBy).HasMaxLength(100);
        builder.Property(c => c.Resolution).HasMaxLength(4000);
        builder.Property(c => c.ResolvedBy).HasMaxLength(100);
        builder.HasOne<Debtor>().WithMany().HasForeignKey(c => c.DebtorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account>().WithMany().HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.DebtorId);
        builder.HasIndex(c => c.AccountId);
        // The open complaints, soonest due first: the supervisors' queue.
        builder.HasIndex(c => new { c.Status, c.DueOn });
    }
}
