using DebtHub.Domain.Accounts;
using DebtHub.Domain.Audit;
using DebtHub.Domain.Campaigns;
using DebtHub.Domain.Collectors;
using DebtHub.Domain.Contact;
using DebtHub.Domain.Creditors;
using DebtHub.Domain.Debtors;
using DebtHub.Domain.Notes;
using DebtHub.Domain.Resolutions.Complaints;
using DebtHub.Domain.Resolutions.Disputes;
using DebtHub.Domain.Resolutions.Legal;
using DebtHub.Domain.Resolutions.Plans;
using DebtHub.Domain.Resolutions.Promises;
using DebtHub.Domain.Resolutions.WorkItems;
using DebtHub.Infrastructure.Twilio.CallLegs;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Infrastructure.Persistence;

/// <summary>
/// The unit of work over DebtHub's PostgreSQL record. The schema comes from the versioned SQL in Migrations/, and a test
/// proves it equals what this model describes.
/// </summary>
public sealed class DebtHubDbContext(DbContextOptions<DebtHubDbContext> options) : DbContext(options)
{
    public DbSet<Creditor> Creditors => Set<Creditor>();

    public DbSet<Portfolio> Portfolios => Set<Portfolio>();

    public DbSet<Debtor> Debtors => Set<Debtor>();

    public DbSet<DebtorAddress> DebtorAddresses => Set<DebtorAddress>();

    public DbSet<DebtorPhone> DebtorPhones => Set<DebtorPhone>();

    public DbSet<PhoneConsent> PhoneConsents => Set<PhoneConsent>();

    public DbSet<DebtorEmail> DebtorEmails => Set<DebtorEmail>();

    public DbSet<InconvenientTime> InconvenientTimes => Set<InconvenientTime>();

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<AccountHold> AccountHolds => Set<AccountHold>();

    public DbSet<LedgerTransaction> LedgerTransactions => Set<LedgerTransaction>();

    public DbSet<Collector> Collectors => Set<Collector>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<Note> Notes => Set<Note>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ContactAttempt> ContactAttempts => Set<ContactAttempt>();

    public DbSet<ContactRefusal> ContactRefusals => Set<ContactRefusal>();

    public DbSet<TwilioCallLeg> TwilioCallLegs => Set<TwilioCallLeg>();

    public DbSet<TwilioCallEvent> TwilioCallEvents => Set<TwilioCallEvent>();

    public DbSet<PaymentPlan> PaymentPlans => Set<PaymentPlan>();

    public DbSet<PromiseToPay> PromisesToPay => Set<PromiseToPay>();

    public DbSet<Dispute> Disputes => Set<Dispute>();

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<LegalReferral> LegalReferrals => Set<LegalReferral>();

    public DbSet<WorkItem> WorkItems => Set<WorkItem>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<HopperEntry> Hopper => Set<HopperEntry>();

    public DbSet<CollectorPresence> CollectorPresence => Set<CollectorPresence>();

    public DbSet<PresencePeriod> PresencePeriods => Set<PresencePeriod>();

    public DbSet<DialerCall> DialerCalls => Set<DialerCall>();

    public DbSet<ScheduledCallback> ScheduledCallbacks => Set<ScheduledCallback>();

    /// <summary>Saves the unit of work; the status of every account whose arrangements changed is re-derived first.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await AccountStatusReconciliation.ReconcileAsync(this, cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Not supported: reconciling account statuses queries the database, and every caller saves asynchronously.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("DebtHubDbContext saves with SaveChangesAsync (account statuses are reconciled before saving).");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DebtHubDbContext).Assembly);
        ModelConventions.Apply(modelBuilder);
    }
}
