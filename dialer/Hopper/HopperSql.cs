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

    /// <summary>
    /// Whether a claim can walk the hopper's own index in this order (the default: balance, highest first), using the
    /// entries' copies of the balance and placement instant instead of joining and sorting the segment's accounts.
    /// </summary>
    public static bool ClaimsFromHopperIndex(PriorityOrder priority) => priority.Sorts is [{ Key: PriorityKey.Balance, Descending: true }];

    /// <summary>ORDER BY of that claim, matching ix_campaign_hopper_claim_by_balance (migration 0013).</summary>
    public const string HopperIndexOrder = "h.account_balance desc, h.account_placed_at asc, h.account_id asc";

    /// <summary>ORDER BY for the claim, ending with the account placed first so the order is total.</summary>
    public static string OrderBy(PriorityOrder priority)
    {
        var parts = priority.Sorts.Select(s => s.Key switch
        {
            PriorityKey.Balance => $"{Balance} {(s.Descending ? "desc" : "asc")}",
            PriorityKey.Age => $"a.placed_at {(s.Descending ? "asc" : "desc")}",
            PriorityKey.LastPayment => $"a.last_payment_date {(s.Descending ? "desc" : "asc")} nulls last",
            PriorityKey.PromiseDue => "(select min(pp.due_on) from promises_to_pay p join promised_payments pp on pp.promise_id = p.id " +
                                      "where p.account_id = a.id and p.status = 'Pending' and pp.status = 'Scheduled') " +
                                      $"{(s.Descending ? "desc" : "asc")} nulls last",
            _ => throw new ArgumentOutOfRangeException(nameof(priority)),
        });
        return string.Join(", ", parts.Append("a.placed_at asc").Append("a.id asc"));
    }
}
