using DebtHub.Domain.Accounts;
using DebtHub.Domain.Common;

namespace DebtHub.Domain.Resolutions.Letters;

/// <summary>
/// The content of the validation notice (12 CFR 1006.34(c)), laid out as model form B-1: the debt as of the itemization
/// date, what changed since (interest, fees, payments and credits), the amount now, and the date by which the consumer
/// may dispute or ask for the original creditor: the end of the validation period, 30 days after receipt, receipt assumed
/// 5 days (without weekends and federal holidays) after the notice is sent (1006.34(b)(5)).
/// </summary>
public sealed record ValidationNotice(
    Guid AccountId,
    string ConsumerName,
    IReadOnlyList<string> ConsumerAddress,
    string CreditorAccountNumber,
    string ItemizationCreditor,
    string CurrentCreditor,
    DateOnly ItemizationDate,
    decimal ItemizationAmount,
    decimal InterestSince,
    decimal FeesSince,
    decimal PaymentsAndCreditsSince,
    decimal CurrentAmount,
    string Currency,
    DateOnly SentOn,
    DateOnly DisputeBy,
    string? TimeBarredDisclosure)
{
    public const int ReceiptBusinessDays = 5;

    public const int ValidationPeriodDays = 30;

    /// <summary>
    /// Computes the notice for an account from its ledger as it stands. A notice already sent keeps its recorded period;
    /// otherwise the period runs from <paramref name="sentOn"/>.
    /// </summary>
    public static ValidationNotice Compute(
        Account account, IReadOnlyList<LedgerTransaction> ledger, string consumerName, IReadOnlyList<string> consumerAddress, DateOnly sentOn)
    {
        // The placement charge is the itemization amount; everything after it is "since the itemization date".
        var since = ledger.Where(t => t.AccountId == account.Id && t.Kind != TransactionKind.Charge).ToList();
        var interest = since.Where(t => t.Kind == TransactionKind.Interest).Sum(t => t.InterestDelta);
        var fees = since.Where(t => t.Kind == TransactionKind.Fee).Sum(t => t.FeeDelta);
        var credits = -since.Where(t => t.Kind is not (TransactionKind.Interest or TransactionKind.Fee)).Sum(t => t.Amount);
        var current = account.ItemizationAmount + interest + fees - credits;
        if (current != account.Balance.Amount)
        {
            throw new DomainException("LEDGER_MISMATCH", "The account's balance does not equal its itemization plus its ledger; run check-balances.");
        }

        return new ValidationNotice(
            account.Id, consumerName, consumerAddress, account.CreditorAccountNumber, account.OriginalCreditor, account.CurrentCreditor,
            account.ItemizationDate, account.ItemizationAmount, interest, fees, credits, current, account.Currency, sentOn,
            account.ValidationPeriodEndsOn ?? PeriodEnd(sentOn),
            TimeBarred.Disclosure(account, sentOn));
    }

    /// <summary>The last day of the validation period for a notice sent on <paramref name="sentOn"/>.</summary>
    public static DateOnly PeriodEnd(DateOnly sentOn) => BusinessDays.Add(sentOn, ReceiptBusinessDays).AddDays(ValidationPeriodDays);
}
