namespace DebtHub.Domain.Compliance;

/// <summary>
/// Proof that the compliance gate allowed one contact. Only <see cref="ComplianceGate"/> constructs one (a test
/// scans the IL of every DebtHub assembly for other constructors), and every adapter that reaches a debtor (Twilio calls, texts, email, letters) takes a permit, so no code path
/// can contact a debtor without asking the gate first (DESIGN.md, principle 1).
/// </summary>
public sealed class ContactPermit
{
    internal ContactPermit(
        Guid id,
        Guid debtorId,
        IReadOnlyList<Guid> accountIds,
        ContactChannel channel,
        ContactMode mode,
        string destination,
        DateTimeOffset issuedAt,
        DateTimeOffset expiresAt,
        string ruleSetVersion,
        bool mayLeaveVoicemail)
    {
        if (expiresAt <= issuedAt)
        {
            throw new ArgumentException("A permit must expire after it is issued.", nameof(expiresAt));
        }

        Id = id;
        DebtorId = debtorId;
        AccountIds = accountIds;
        Channel = channel;
        Mode = mode;
        Destination = destination;
        IssuedAt = issuedAt;
        ExpiresAt = expiresAt;
        RuleSetVersion = ruleSetVersion;
        MayLeaveVoicemail = mayLeaveVoicemail;
    }

    public Guid Id { get; }

    public Guid DebtorId { get; }

    /// <summary>The debts the contact concerns; a call about several debts counts toward each.</summary>
    public IReadOnlyList<Guid> AccountIds { get; }

    public ContactChannel Channel { get; }

    public ContactMode Mode { get; }

    /// <summary>The E.164 number, email address or postal address id the permit covers, and nothing else.</summary>
    public string Destination { get; }

    public DateTimeOffset IssuedAt { get; }

    /// <summary>A permit is short-lived: the facts it was decided on (time of day, counts) go stale.</summary>
    public DateTimeOffset ExpiresAt { get; }

    public string RuleSetVersion { get; }

    /// <summary>Whether the call may leave a (limited-content) voicemail; policy caps voicemails per week.</summary>
    public bool MayLeaveVoicemail { get; }

    public bool IsValidAt(DateTimeOffset instant) => instant >= IssuedAt && instant < ExpiresAt;
}
