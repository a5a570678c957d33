using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Contact;

namespace DebtHub.Infrastructure.Ledger;

/// <summary>
/// One window the ledger counts contacts in: the entries <c>&lt;Name&gt;|&lt;attempt id&gt;</c> of the debtor's windows set
/// (see <see cref="LedgerKeys.Windows"/>), scores the instants; a name never contains '|', which ends it.
/// <see cref="DropsWhenNotConnected"/>: a call that turns out not connected leaves this window (Reg F 1006.14(b)(3)(ii), Massachusetts per Armata) but stays in the others, which count attempts.
/// </summary>
public readonly record struct LedgerCounter(string Name, bool DropsWhenNotConnected)
{
    /// <summary>Calls counting toward Reg F 7-in-7 for one particular debt.</summary>
    public static LedgerCounter RegulationF(Guid debtKey) => new($"f:{debtKey:N}", true);

    /// <summary>Telephone conversations about one particular debt (the 7-day bar).</summary>
    public static LedgerCounter Conversations(Guid debtKey) => new($"c:{debtKey:N}", false);

    /// <summary>Massachusetts: calls and texts about a debt to home or cell numbers (2 in 7 days).</summary>
    public static LedgerCounter MassachusettsPersonal(Guid debtKey) => new($"mp:{debtKey:N}", true);

    /// <summary>Massachusetts: calls and texts about a debt to other numbers (2 in 30 days).</summary>
    public static LedgerCounter MassachusettsOther(Guid debtKey) => new($"mo:{debtKey:N}", true);

    /// <summary>Washington: every contact with the debtor (3 a week).</summary>
    public static LedgerCounter Washington { get; } = new("wa", false);

    /// <summary>Washington: calls and texts to the debtor's workplace (1 a week).</summary>
    public static LedgerCounter WashingtonWork { get; } = new("ww", false);

    /// <summary>New York City: calls, texts and emails about one account (3 in 7 days).</summary>
    public static LedgerCounter NewYorkCity(Guid accountId) => new($"ny:{accountId:N}", false);

    /// <summary>Policy: calls and texts to one number (per day, and spacing).</summary>
    public static LedgerCounter Number(string destination) => new($"n:{Escaped(destination)}", false);

    /// <summary>TCPA: prerecorded calls to one residential line (3 in 30 days).</summary>
    public static LedgerCounter Prerecorded(string destination) => new($"p:{Escaped(destination)}", false);

    // '|' ends a window's name inside its entries; a destination carrying one must not read as another window.
    private static string Escaped(string destination) => destination.Replace("|", "%7C", StringComparison.Ordinal);

    /// <summary>
    /// Every window an attempt of this shape counts in. With <paramref name="notConnected"/> the windows that drop
    /// not-connected calls are left out. The same function serves reservations, confirmations and the rebuild from
    /// PostgreSQL, so the three always agree.
    /// </summary>
    internal static List<LedgerCounter> For(
        ContactChannel channel,
        ContactMode? mode,
        string destination,
        PhoneUse? destinationUse,
        IReadOnlyList<Guid> accountIds,
        IReadOnlyList<Guid> debtKeys,
        IReadOnlyList<Guid> countedDebtKeys,
        bool respondsToConsumerRequest,
        bool notConnected)
    {
        var counters = new List<LedgerCounter>(8 + (accountIds.Count * 3));
        var phone = channel is ContactChannel.Call or ContactChannel.Text;
        if (channel == ContactChannel.Call && !notConnected)
        {
            foreach (var key in countedDebtKeys)
            {
                counters.Add(RegulationF(key));
            }
        }

        if (phone && !notConnected && !respondsToConsumerRequest)
        {
            foreach (var key in debtKeys)
            {
                // A number no longer on file (use unknown) counts in both Massachusetts buckets, as the rule reads it.
                if (destinationUse is null or PhoneUse.Home or PhoneUse.Mobile)
                {
                    counters.Add(MassachusettsPersonal(key));
                }

                if (destinationUse is null or PhoneUse.Work or PhoneUse.Other)
                {
                    counters.Add(MassachusettsOther(key));
                }
            }
        }

        if (channel != ContactChannel.Letter)
        {
            counters.Add(Washington);
            if (phone && destinationUse == PhoneUse.Work)
            {
                counters.Add(WashingtonWork);
            }

            foreach (var account in accountIds)
            {
                counters.Add(NewYorkCity(account));
            }
        }

        if (phone)
        {
            counters.Add(Number(destination));
        }

        if (channel == ContactChannel.Call && mode == ContactMode.Prerecorded)
        {
            counters.Add(Prerecorded(destination));
        }

        return counters;
    }

    /// <summary>The windows a recorded attempt counts in, conversations included.</summary>
    internal static List<LedgerCounter> Of(ContactAttempt attempt)
    {
        List<LedgerCounter> counters = attempt.Direction == ContactDirection.Inbound
            ? []
            : For(attempt.Channel, attempt.Mode, attempt.Destination, attempt.DestinationUse, attempt.AccountIds, attempt.DebtKeys,
                attempt.CountedDebtKeys, attempt.RespondsToConsumerRequest, attempt.ConnectResult == AttemptOutcome.NotConnected);
        if (attempt.ConversationTookPlace && attempt.Channel == ContactChannel.Call)
        {
            foreach (var key in attempt.DebtKeys)
            {
                counters.Add(Conversations(key));
            }
        }

        return counters;
    }
}
