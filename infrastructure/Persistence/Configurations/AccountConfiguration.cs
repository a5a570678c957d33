using DebtHub.Domain.Accounts;
using DebtHub.Domain.Collectors;
using DebtHub.Domain.Creditors;
using DebtHub.Domain.Debtors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.ToTable("accounts", table =>
        {
            table.HasCheckConstraint("ck_accounts_currency", "currency ~ '^[A-Z]{3}$'");
        });
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.CreditorAccountNumber).HasMaxLength(64);
        builder.Property(a => a.OriginalCreditor).HasMaxLength(200);
        builder.Property(a => a.CurrentCreditor).HasMaxLength(200);
        builder.Property(a => a.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(a => a.GoverningState).HasMaxLength(2).IsFixedLength();
        builder.Property(a => a.ItemizationAmount).HasPrecision(19, 4);
        builder.Property(a => a.PrincipalBalance).HasPrecision(19, 4);
        builder.Property(a => a.InterestBalance).HasPrecision(19, 4);
        builder.Property(a => a.FeeBalance).HasPrecision(19, 4);
        // PostgreSQL's xmin system column: a concurrent change to the same account fails instead of being lost.
        builder.Property(a => a.Version).HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
        builder.Ignore(a => a.Balances);
        builder.Ignore(a => a.Balance);
        builder.Ignore(a => a.IsFinished);
        builder.Ignore(a => a.ActiveHolds);

        builder.HasOne<Debtor>().WithMany().HasForeignKey(a => a.DebtorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Creditor>().WithMany().HasForeignKey(a => a.CreditorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Portfolio>().WithMany().HasForeignKey(a => a.PortfolioId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Collector>().WithMany().HasForeignKey(a => a.AssignedCollectorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(a => a.Holds).WithOne().HasForeignKey(h => h.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Transactions).WithOne().HasForeignKey(t => t.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(a => a.Holds).HasField("_holds");
        builder.Navigation(a => a.Transactions).HasField("_transactions");

        builder.HasIndex(a => new { a.CreditorId, a.CreditorAccountNumber }).IsUnique();
        builder.HasIndex(a => a.DebtorId);
        builder.HasIndex(a => a.PortfolioId);
        builder.HasIndex(a => new { a.AssignedCollectorId, a.Status });
        builder.HasIndex(a => new { a.Status, a.GoverningState });
    }
}
