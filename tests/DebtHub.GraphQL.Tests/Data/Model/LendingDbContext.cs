using Microsoft.EntityFrameworkCore;

namespace DebtHub.GraphQL.Tests.Data.Model;

/// <summary>The small model the Data tests run against on real PostgreSQL; string enums as DebtHub stores them.</summary>
public sealed class LendingDbContext(DbContextOptions<LendingDbContext> options) : DbContext(options)
{
    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<Phone> Phones => Set<Phone>();

    public DbSet<Loan> Loans => Set<Loan>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Customer>(customer =>
        {
            customer.ToTable("customers");
            customer.Property(c => c.Id).HasColumnName("id").ValueGeneratedNever();
            customer.Property(c => c.Name).HasColumnName("name");
            customer.Property(c => c.Email).HasColumnName("email");
            customer.Property(c => c.Status).HasColumnName("status").HasConversion<string>();
            customer.Property(c => c.CreatedAt).HasColumnName("created_at");
            customer.HasMany(c => c.Phones).WithOne(p => p.Owner).HasForeignKey(p => p.CustomerId);
            customer.Navigation(c => c.Phones).HasField("_phones");
        });
        modelBuilder.Entity<Phone>(phone =>
        {
            phone.ToTable("phones");
            phone.Property(p => p.Id).HasColumnName("id").ValueGeneratedNever();
            phone.Property(p => p.CustomerId).HasColumnName("customer_id");
            phone.Property(p => p.Number).HasColumnName("number");
            phone.Property(p => p.Kind).HasColumnName("kind").HasConversion<string>();
        });
        modelBuilder.Entity<Loan>(loan =>
        {
            loan.ToTable("loans");
            loan.Property(l => l.Id).HasColumnName("id").ValueGeneratedNever();
            loan.Property(l => l.CustomerId).HasColumnName("customer_id");
            loan.Property(l => l.Reference).HasColumnName("reference");
            loan.Property(l => l.Principal).HasColumnName("principal").HasPrecision(12, 2);
            loan.Property(l => l.Interest).HasColumnName("interest").HasPrecision(12, 2);
            loan.Property(l => l.DaysLate).HasColumnName("days_late");
            loan.HasOne<Customer>().WithMany().HasForeignKey(l => l.CustomerId);
        });
    }
}
