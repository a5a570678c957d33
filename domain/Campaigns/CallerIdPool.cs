using DebtHub.Domain.Common;

namespace DebtHub.Domain.Campaigns;

/// <summary>
/// The numbers we own and show as caller ID. With local presence, a call shows the owned number that shares the
/// debtor's area code when there is one; the caller ID is always a real number of ours that can be called back
/// (12 CFR 1006.14(g) meaningful identification; 15 USC 1692e(14)).
/// </summary>
public sealed record CallerIdPool(IReadOnlyList<string> Numbers, bool LocalPresence)
{
    public static CallerIdPool Of(IReadOnlyList<string>? numbers, bool localPresence)
    {
        if (numbers is not { Count: > 0 })
        {
            throw new DomainException("EMPTY_CALLER_ID_POOL", "A campaign needs at least one caller-ID number we own.");
        }

        var parsed = new List<string>();
        foreach (var text in numbers)
        {
            if (!PhoneNumber.TryParse(text, out var number, out var error))
            {
                throw new DomainException("INVALID_CALLER_ID", $"Caller ID '{text}': {error}");
            }

            if (!parsed.Contains(number.Value))
            {
                parsed.Add(number.Value);
            }
        }

        return new CallerIdPool(parsed, localPresence);
    }

    /// <summary>The number to show when calling <paramref name="destination"/>; <paramref name="spread"/> rotates among equals.</summary>
    public string ChooseFor(string destination, int spread)
    {
        var candidates = Numbers;
        if (LocalPresence && PhoneNumber.TryParse(destination, out var to, out _) && to.AreaCode is { } area)
        {
            var local = Numbers.Where(n => PhoneNumber.Parse(n).AreaCode == area).ToList();
            if (local.Count > 0)
            {
                candidates = local;
            }
        }

        return candidates[(int)((uint)spread % (uint)candidates.Count)];
    }
}
