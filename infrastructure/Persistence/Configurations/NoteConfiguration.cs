using DebtHub.Domain.Accounts;
using DebtHub.Domain.Debtors;
using DebtHub.Domain.Notes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations;

internal sealed class NoteConfiguration : IEntityTypeConfiguration<Note>
{
    public void Configure(EntityTypeBuilder<Note> builder)
    {
        builder.ToTable("notes");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.AuthorId).HasMaxLength(100);
        builder.Property(n => n.Body).HasMaxLength(4000);
        builder.HasOne<Debtor>().WithMany().HasForeignKey(n => n.DebtorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Account>().WithMany().HasForeignKey(n => n.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.AccountId, n.CreatedAt });
        builder.HasIndex(n => n.DebtorId);
    }
}
