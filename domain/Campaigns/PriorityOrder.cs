using DebtHub.Domain.Common;

namespace DebtHub.Domain.Campaigns;

/// <summary>One sort key of the hopper: e.g. balance descending, then promise due ascending.</summary>
public sealed record PrioritySort(PriorityKey Key, bool Descending);

/// <summary>The order in which eligible accounts are claimed; ties go to the account placed first.</summary>
public sealed record PriorityOrder(IReadOnlyList<PrioritySort> Sorts)
{
    public static PriorityOrder Default { get; } = new([new PrioritySort(PriorityKey.Balance, true)]);

    public static PriorityOrder Of(IReadOnlyList<PrioritySort>? sorts)
    {
        if (sorts is not { Count: > 0 })
        {
            return Default;
        }

        if (sorts.Select(s => s.Key).Distinct().Count() != sorts.Count)
        {
            throw new DomainException("INVALID_PRIORITY", "Each priority key may appear once.");
        }

        return new PriorityOrder([.. sorts]);
    }
}
