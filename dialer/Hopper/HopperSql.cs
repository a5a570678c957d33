using DebtHub.Domain.Campaigns;

namespace DebtHub.Dialer.Hopper;

/// <summary>The SQL of a campaign's segment and priority order, from the campaign's typed settings (never from user text).</summary>
internal static class HopperSql
{
    /// <summary>Accounts a campaign may work: open for collection, with a balance.</summary>
    public const string OpenStatuses = "'New','Active','PaymentPlan','Promised'";

    /// <summary>
    /// The state a segment's <c>states</c> filter means, as supervisors read "debtors in New York": where the debtor gets
    /// mail now — their mailing address, else their home address (returned mail skipped, newest first) — and the
    /// account's governing state when neither is on file. The governing state (whose law the contract chose) stays what
    /// routing's licence check uses.
    /// </summary>
    public const string MailingState = """
        coalesce((select ad.state from debtor_addresses ad
                   where ad.debtor_id = a.debtor_id and ad.type in ('Mailing', 'Home') and ad.status <> 'ReturnedMail'
                   order by ad.type = 'Mailing' desc, ad.last_seen_at desc, ad.id limit 1), a.governing_state)
        """;

    public const string Balance = "(a.principal_balance + a.interest_balance + a.fee_balance)";

    /// <summary>The segment's conditions over <c>accounts a</c>, with their parameters named @seg_*.</summary>
    public static string SegmentWhere(CampaignSegment segment)
    {
        var where = new List<string> { $"a.status in ({OpenStatuses})", $"{Balance} > 0" };
        if (segment.CreditorIds.Count > 0)
        {
            where.Add("a.creditor_id = any(@seg_creditors)");
        }

        if (segment.PortfolioIds.Count > 0)
        {
            where.Add("a.portfolio_id = any(@seg_portfolios)");
        }

        if (segment.States.Count > 0)
        {
            where.Add($"{MailingState} = any(@seg_states)");
        }

        if (segment.MinBalance is not null)
        {
            where.Add($"{Balance} >= @seg_min");
        }

        if (segment.MaxBalance is not null)
        {
            where.Add($"{Balance} <= @seg_max");
        }

        return string.Join(" and ", where);
    }

    /// <summary>Days since 2000-01-01 stand for a date in a priority key; this stands for none (sorted last either way).</summary>
    private const string NoDate = "1e30";

    /// <summary>
    /// The campaign's priority order as one ascending sort key per hopper entry, a <c>numeric[]</c> compared element by
    /// element (migration 0016): each sort becomes a number that is smaller for the account to dial first — the
    /// balance negated for highest first, the placement instant for oldest first, days since a date with accounts
    /// without one last. Written by the fill and every refill (so an edited order or a new promise reaches the hopper
    /// within <c>Dialer:HopperRefillSeconds</c>), it lets a claim in any order walk one index instead of joining and
    /// sorting the segment. Ties go to the account placed first (<see cref="ClaimOrder"/>).
    /// </summary>
    public static string SortKey(PriorityOrder priority) =>
        "array[" + string.Join(", ", priority.Sorts.Select(s => s.Key switch
        {
            PriorityKey.Balance => $"{(s.Descending ? "-" : "")}{Balance}",
            PriorityKey.Age => $"{(s.Descending ? "" : "-")}extract(epoch from a.placed_at)",
            PriorityKey.LastPayment => $"coalesce({(s.Descending ? "-" : "")}(a.last_payment_date - date '2000-01-01'), {NoDate})",
            PriorityKey.PromiseDue => "coalesce(" + (s.Descending ? "-" : "") +
                                      "((select min(pp.due_on) from promises_to_pay p join promised_payments pp on pp.promise_id = p.id " +
                                      "where p.account_id = a.id and p.status = 'Pending' and pp.status = 'Scheduled') - date '2000-01-01'), " + NoDate + ")",
            _ => throw new ArgumentOutOfRangeException(nameof(priority)),
        }).Select(k => $"({k})::numeric")) + "]::numeric[]";

    /// <summary>ORDER BY of a claim over <c>campaign_hopper h</c>, matching ix_campaign_hopper_claim_order (migration 0016, column priority_key).</summary>
    public const string ClaimOrder = "h.priority_key, h.account_placed_at, h.account_id";
}
