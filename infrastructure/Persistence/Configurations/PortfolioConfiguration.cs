using DebtHub.Domain.Creditors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations;

internal sealed class PortfolioConfiguration : IEntityTypeConfiguration<Portfolio>
{
    public void Configure(EntityTypeBuilder<Portfolio> builder)
    {
        builder.ToTable("portfolios");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.HasOne<Creditor>().WithMany().HasForeignKey(p => p.CreditorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.CreditorId, p.Name }).IsUnique();
    }
}
