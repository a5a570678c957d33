using DebtHub.Domain.Accounts;
using DebtHub.Domain.Common;
using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Contact;
using DebtHub.Domain.Debtors;
using DebtHub.Domain.Resolutions.Letters;
using DebtHub.Domain.Resolutions.Plans;
using DebtHub.Infrastructure.Contact;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DebtHub.Infrastructure.Letters;

/// <summary>What sending a letter came to: the letter and its recorded attempt, or the rules that refused it.</summary>
public sealed record LetterSent(Letter? Letter, Guid? ContactAttemptId, IReadOnlyList<BlockingRule> BlockedBy);

/// <summary>What a letter about one account is composed from: the account, its debtor (with addresses) and its ledger.</summary>
public sealed record LetterSource(Account Account, Debtor Debtor, IReadOnlyList<LedgerTransaction> Ledger);

/// <summary>
/// Composes letters from the account as it stands and sends them. A letter is a contact like any other: it asks the
/// compliance gate for a permit to the postal address on file, is recorded as a contact attempt of channel letter, and
/// only then counts as sent (a validation notice also starts the validation period on the account).
/// </summary>
public sealed class LetterService(IDbContextFactory<DebtHubDbContext> contexts, ContactGateway gateway, TimeProvider time, IOptions<LetterOptions> options)
{
    public async Task<Letter> ComposeAsync(Guid accountId, LetterKind kind, Guid? planId, Guid? addressId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var source = await SourceAsync(db, accountId, tracked: false, cancellationToken);
        var plan = planId is { } id ? await PlanAsync(db, accountId, id, cancellationToken) : null;
        return Compose(source, kind, plan, addressId).Letter;
    }

    /// <summary>
    /// The sources of letters about <paramref name="accountIds"/> in three queries whatever their number (accounts, debtors
    /// with addresses, ledgers), read-only; unknown ids are left out. A page of accounts asking for letters uses this.
    /// </summary>
    public static async Task<Dictionary<Guid, LetterSource>> LoadSourcesAsync(DebtHubDbContext db, IReadOnlyCollection<Guid> accountIds, CancellationToken cancellationToken)
    {
        var accounts = await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id)).ToListAsync(cancellationToken);
        var debtorIds = accounts.Select(a => a.DebtorId).Distinct().ToList();
        var debtors = await db.Debtors.AsNoTracking().Include(d => d.Addresses).Where(d => debtorIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        var ledgers = (await db.LedgerTransactions.AsNoTracking().Where(t => accountIds.Contains(t.AccountId)).ToListAsync(cancellationToken)).ToLookup(t => t.AccountId);
        return accounts.ToDictionary(a => a.Id, a => new LetterSource(a, debtors[a.DebtorId], [.. ledgers[a.Id]]));
    }

    /// <summary>
    /// The letter of <paramref name="kind"/> about the source's account as it stands today, and the postal address it goes
    /// to (<paramref name="addressId"/>, or the most recently seen one mail can reach). Plan letters need the plan.
    /// </summary>
    public (Letter Letter, DebtorAddress Address) Compose(LetterSource source, LetterKind kind, PaymentPlan? plan, Guid? addressId)
    {
        var (account, debtor) = (source.Account, source.Debtor);
        var address = (addressId is { } id
                          ? debtor.Addresses.FirstOrDefault(a => a.Id == id)
                            ?? throw new DomainException("UNKNOWN_ADDRESS", "That postal address is not on file for the debtor.")
                          : debtor.Addresses.Where(a => a.Status != AddressStatus.ReturnedMail).OrderByDescending(a => a.LastSeenAt).FirstOrDefault())
                      ?? throw new DomainException("NO_ADDRESS", "The debtor has no postal address on file that mail can reach.");
        var lines = new List<string> { address.Line1 };
        if (address.Line2 is { } line2)
        {
            lines.Add(line2);
        }

        lines.Add($"{address.City}, {address.State} {address.Zip}");
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var from = options.Value;
        if (kind == LetterKind.ValidationNotice)
        {
            var notice = ValidationNotice.Compute(account, source.Ledger, debtor.DisplayName, lines, account.ValidationNoticeSentAt is { } sent ? DateOnly.FromDateTime(sent.UtcDateTime) : today);
            return (new Letter(kind, account.Id, LetterRenderer.ValidationNotice(notice, from), notice), address);
        }

        if (plan is null || plan.AccountId != account.Id)
        {
            throw new DomainException("UNKNOWN_PLAN", "No plan of this account has that id.");
        }

        if (kind == LetterKind.SettlementOffer != (plan.Kind == PlanKind.Settlement))
        {
            throw new DomainException("WRONG_PLAN_KIND", kind == LetterKind.SettlementOffer
                ? "A settlement offer letter needs a settlement; this plan covers the whole balance."
                : "A plan confirmation needs an installment plan; this is a settlement.");
        }

        if (plan.Status is not (PlanStatus.Active or PlanStatus.PendingApproval) || (kind == LetterKind.PlanConfirmation && plan.Status != PlanStatus.Active))
        {
            throw new DomainException("PLAN_NOT_OPEN", $"The plan is {plan.Status}; only an active plan is confirmed, only an open settlement offered.");
        }

        var facts = new PlanLetterFacts(debtor.DisplayName, lines, account.CreditorAccountNumber, account.CurrentCreditor, today, TimeBarred.Disclosure(account, today));
        var html = kind == LetterKind.SettlementOffer ? LetterRenderer.SettlementOffer(plan, facts, from) : LetterRenderer.PlanConfirmation(plan, facts, from);
        return (new Letter(kind, account.Id, html, null), address);
    }

    public async Task<LetterSent> SendAsync(Guid accountId, LetterKind kind, Guid? planId, Guid? addressId, Guid? collectorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var source = await SourceAsync(db, accountId, tracked: true, cancellationToken);
        var plan = planId is { } id ? await PlanAsync(db, accountId, id, cancellationToken) : null;
        var (letter, address) = Compose(source, kind, plan, addressId);
        var account = source.Account;
        var purpose = kind == LetterKind.ValidationNotice ? ContactPurpose.RequiredNotice : ContactPurpose.Collection;
        var permit = await gateway.RequestPermitAsync(new ContactIntent([accountId], address.Id, ContactChannel.Letter, ContactMode.ManualDial, purpose), cancellationToken);
        if (permit.Grant is not { } grant)
        {
            return new LetterSent(null, null, permit.Eligibility.BlockedBy);
        }

        var confirmation = await gateway.ConfirmAsync(grant, collectorId, null, cancellationToken);
        if (!confirmation.Confirmed)
        {
            throw new DomainException("CONTACT_NOT_CONFIRMED", $"The contact ledger did not confirm the letter ({confirmation.Outcome}); nothing was sent. Try again.");
        }

        await gateway.RecordResultAsync(grant.Permit.Id, AttemptOutcome.Sent, ContactDisposition.Sent, false, cancellationToken);
        var now = time.GetUtcNow();
        account.RecordFirstCommunication(now);
        if (kind == LetterKind.ValidationNotice && account.ValidationNoticeSentAt is null)
        {
            account.RecordValidationNotice(now, letter.ValidationNotice!.DisputeBy);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new LetterSent(letter, grant.Permit.Id, []);
    }

    private static async Task<LetterSource> SourceAsync(DebtHubDbContext db, Guid accountId, bool tracked, CancellationToken cancellationToken)
    {
        var accounts = tracked ? db.Accounts : db.Accounts.AsNoTracking();
        var account = await accounts.FirstOrDefaultAsync(a => a.Id == accountId, cancellationToken)
                      ?? throw new DomainException("UNKNOWN_ACCOUNT", "No account has that id.");
        var debtor = await db.Debtors.AsNoTracking().Include(d => d.Addresses).FirstAsync(d => d.Id == account.DebtorId, cancellationToken);
        var ledger = await db.LedgerTransactions.AsNoTracking().Where(t => t.AccountId == accountId).ToListAsync(cancellationToken);
        return new LetterSource(account, debtor, ledger);
    }

    private static Task<PaymentPlan?> PlanAsync(DebtHubDbContext db, Guid accountId, Guid planId, CancellationToken cancellationToken) =>
        db.PaymentPlans.AsNoTracking().Include(p => p.Installments).FirstOrDefaultAsync(p => p.Id == planId && p.AccountId == accountId, cancellationToken);
}
