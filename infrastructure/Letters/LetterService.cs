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
        var (letter, _, _) = await ComposeAsync(db, accountId, kind, planId, addressId, cancellationToken);
        return letter;
    }

    public async Task<LetterSent> SendAsync(Guid accountId, LetterKind kind, Guid? planId, Guid? addressId, Guid? collectorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (letter, account, address) = await ComposeAsync(db, accountId, kind, planId, addressId, cancellationToken);
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

    private async Task<(Letter Letter, Account Account, DebtorAddress Address)> ComposeAsync(
        DebtHubDbContext db, Guid accountId, LetterKind kind, Guid? planId, Guid? addressId, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.Include(a => a.Holds).FirstOrDefaultAsync(a => a.Id == accountId, cancellationToken)
                      ?? throw new DomainException("UNKNOWN_ACCOUNT", "No account has that id.");
        var debtor = await db.Debtors.AsNoTracking().Include(d => d.Addresses).FirstAsync(d => d.Id == account.DebtorId, cancellationToken);
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
            var ledger = await db.LedgerTransactions.AsNoTracking().Where(t => t.AccountId == accountId).ToListAsync(cancellationToken);
            var notice = ValidationNotice.Compute(account, ledger, debtor.DisplayName, lines, account.ValidationNoticeSentAt is { } sent ? DateOnly.FromDateTime(sent.UtcDateTime) : today);
            return (new Letter(kind, accountId, LetterRenderer.ValidationNotice(notice, from), notice), account, address);
        }

        var plan = await db.PaymentPlans.AsNoTracking().Include(p => p.Installments)
                       .FirstOrDefaultAsync(p => p.Id == planId && p.AccountId == accountId, cancellationToken)
                   ?? throw new DomainException("UNKNOWN_PLAN", "No plan of this account has that id.");
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
        return (new Letter(kind, accountId, html, null), account, address);
    }
}
