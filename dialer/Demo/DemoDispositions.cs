using DebtHub.Dialer.Outcomes;
using DebtHub.Domain.Resolutions.Disputes;

namespace DebtHub.Dialer.Demo;

/// <summary>
/// What a simulated collector records after a call: a seeded mix like a collections floor's — mostly right-party
/// contacts, promises to pay and refusals, some wrong numbers and callbacks, the occasional dispute or cease request —
/// with a plausible promise (a part of the balance, due in the next three weeks), callback time and dispute reason.
/// The same seed gives the same sequence.
/// </summary>
internal sealed class DemoDispositions(int seed)
{
    private static readonly (CallDisposition Kind, int Weight)[] Mix =
    [
        (CallDisposition.RightPartyContact, 25),
        (CallDisposition.PromiseToPay, 25),
        (CallDisposition.Refused, 15),
        (CallDisposition.CallbackRequested, 14),
        (CallDisposition.WrongNumber, 10),
        (CallDisposition.Dispute, 4),
        (CallDisposition.CeaseRequest, 2),
    ];

    private static readonly decimal[] PromisedShares = [0.1m, 0.2m, 0.25m, 0.5m, 1m];

    private static readonly (DisputeReason Reason, string Summary)[] Disputes =
    [
        (DisputeReason.WrongAmount, "Says the balance includes fees they never agreed to."),
        (DisputeReason.AlreadyPaid, "Says the account was paid off with the original creditor."),
        (DisputeReason.NotMyDebt, "Says they never had an account with this creditor."),
        (DisputeReason.RequestOriginalCreditor, "Asks for the name and address of the original creditor."),
    ];

    private readonly Random _random = new(seed);

    public (CallDisposition Kind, DispositionDetails Details) Next(decimal balance, DateTimeOffset now)
    {
        var kind = Pick();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var details = kind switch
        {
            CallDisposition.PromiseToPay => new DispositionDetails
            {
                PromiseAmount = Promised(balance),
                PromiseDueOn = today.AddDays(_random.Next(3, 22)),
            },
            CallDisposition.CallbackRequested => new DispositionDetails
            {
                // Tomorrow or the day after, on the hour: the gate decides whether that hour may be dialed.
                CallbackAt = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(_random.Next(1, 3)).AddHours(_random.Next(14, 23)),
            },
            CallDisposition.Dispute => Disputed(),
            _ => new DispositionDetails(),
        };
        return (kind, details);
    }

    private CallDisposition Pick()
    {
        var roll = _random.Next(Mix.Sum(m => m.Weight));
        foreach (var (kind, weight) in Mix)
        {
            if ((roll -= weight) < 0)
            {
                return kind;
            }
        }

        return CallDisposition.RightPartyContact;
    }

    private DispositionDetails Disputed()
    {
        var (reason, summary) = Disputes[_random.Next(Disputes.Length)];
        return new DispositionDetails { DisputeReason = reason, DisputeSummary = summary };
    }

    /// <summary>A share of the balance in whole dollars (the whole balance when that is small).</summary>
    private decimal Promised(decimal balance)
    {
        var share = Math.Floor(balance * PromisedShares[_random.Next(PromisedShares.Length)]);
        return share >= 1m ? share : balance;
    }
}
