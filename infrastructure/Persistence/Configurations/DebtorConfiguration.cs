using DebtHub.Domain.Debtors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence.Configurations;

internal sealed class DebtorConfiguration : IEntityTypeConfiguration<Debtor>
{
    public void Configure(EntityTypeBuilder<Debtor> builder)
    {
        builder.ToTable("debtors");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.FirstName).HasMaxLength(100);
        builder.Property(d => d.MiddleName).HasMaxLength(100);
        builder.Property(d => d.LastName).HasMaxLength(100);
        builder.Property(d => d.BusinessName).HasMaxLength(200);
        builder.Property(d => d.SsnLastFour).HasMaxLength(4).IsFixedLength();
        builder.Property(d => d.PreferredLanguage).HasMaxLength(35);
        builder.Property(d => d.StatedLocation).HasMaxLength(10);
        builder.Ignore(d => d.DisplayName);

        builder.OwnsOne(d => d.Deceased, deceased =>
        {
            deceased.Property(x => x.DiedOn).HasColumnName("deceased_died_on");
            deceased.Property(x => x.Source).HasColumnName("deceased_source").HasMaxLength(200);
            deceased.Property(x => x.ReportedAt).HasColumnName("deceased_reported_at");
        });
        builder.OwnsOne(d => d.Bankruptcy, bankruptcy =>
        {
            bankruptcy.Property(x => x.Chapter).HasColumnName("bankruptcy_chapter");
            bankruptcy.Property(x => x.CaseNumber).HasColumnName("bankruptcy_case_number").HasMaxLength(40);
            bankruptcy.Property(x => x.FiledOn).HasColumnName("bankruptcy_filed_on");
            bankruptcy.Property(x => x.Source).HasColumnName("bankruptcy_source").HasMaxLength(200);
            bankruptcy.Property(x => x.ReportedAt).HasColumnName("bankruptcy_reported_at");
        });
        builder.OwnsOne(d => d.Military, military =>
        {
            military.Property(x => x.ActiveSince).HasColumnName("military_active_since");
            military.Property(x => x.ActiveUntil).HasColumnName("military_active_until");
            military.Property(x => x.Source).HasColumnName("military_source").HasMaxLength(200);
        });

        builder.HasMany(d => d.Addresses).WithOne().HasForeignKey(a => a.DebtorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Phones).WithOne().HasForeignKey(p => p.DebtorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Emails).WithOne().HasForeignKey(e => e.DebtorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.InconvenientTimes).WithOne().HasForeignKey(t => t.DebtorId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Addresses).HasField("_addresses");
        builder.Navigation(d => d.Phones).HasField("_phones");
        builder.Navigation(d => d.Emails).HasField("_emails");
        builder.Navigation(d => d.InconvenientTimes).HasField("_inconvenientTimes");
        builder.HasMany(d => d.OptOuts).WithOne().HasForeignKey(o => o.DebtorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.DirectConsents).WithOne().HasForeignKey(c => c.DebtorId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.OptOuts).HasField("_optOuts");
        builder.Navigation(d => d.DirectConsents).HasField("_directConsents");

        builder.HasIndex(d => d.SsnMatchHash);
        builder.HasIndex(d => new { d.LastName, d.FirstName, d.DateOfBirth });
    }
}
