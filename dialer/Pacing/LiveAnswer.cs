namespace DebtHub.Dialer.Pacing;

/// <summary>
/// What counts as a live answer (a connect) of an outbound call, as SQL over <c>contact_attempts ca</c>: a result of
/// ANSWERED (a disposition, or an abandon), or — before any result — a person answered: the call was routed to a
/// collector or machine detection said human. A routed call counts from the moment it is routed, not from its disposition.
/// The abandon rate's denominator (47 CFR 64.1200(a)(7)) for pacing and for the live figures alike.
/// </summary>
public static class LiveAnswer
{
    public const string Sql = """
        (ca.connect_result = 'Answered' or (ca.connect_result is null and exists (
            select 1 from dialer_calls dc where dc.attempt_id = ca.id and (dc.collector_id is not null or dc.answered_by = 'human'))))
        """;
}
