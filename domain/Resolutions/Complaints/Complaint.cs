using DebtHub.Domain.Common;

namespace DebtHub.Domain.Resolutions.Complaints;

/// <summary>
/// One entry of the complaints log: who complained about what, through which channel, when an answer is due and how
/// it was resolved. Entries are never deleted; resolving one records the resolution and who gave it.
/// </summary>
public sealed class Complaint
{
    /// <summary>The CFPB asks companies to respond to portal complaints within 15 days.</summary>
    public const int RegulatorResponseDays = 15;

    /// <summary>Our own service level for complaints that come straight to us.</summary>
    public const int DirectResponseDays = 30;

    private Complaint()
    {
        Summary = LoggedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid DebtorId { get; private set; }

    public Guid? AccountId { get; private set; }

    public ComplaintCategory Category { get; private set; }

    public ComplaintChannel Channel { get; private set; }

    public string Summary { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    public DateOnly DueOn { get; private set; }

    public ComplaintStatus Status { get; private set; }

    public string LoggedBy { get; private set; }

    public DateTimeOffset LoggedAt { get; private set; }

    public string? Resolution { get; private set; }

    public string? ResolvedBy { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    /// <summary>
    /// Logs a complaint. Without an explicit due date, complaints through a regulator are due in 15 days and others in
    /// 30; an explicit date may be earlier (a state's shorter deadline) but not before the complaint was received.
    /// </summary>
    public static Complaint Log(
        Guid debtorId, Guid? accountId, ComplaintCategory category, ComplaintChannel channel, string summary, DateOnly receivedOn,
        DateOnly? dueOn, Actor loggedBy, DateTimeOffset now)
    {
        if (receivedOn > DateOnly.FromDateTime(now.UtcDateTime))
        {
            throw new DomainException("INVALID_DATE", "A complaint cannot be received in the future.");
        }

        var due = dueOn ?? receivedOn.AddDays(channel is ComplaintChannel.Cfpb or ComplaintChannel.StateRegulator
            ? RegulatorResponseDays
            : DirectResponseDays);
        if (due < receivedOn)
        {
            throw new DomainException("INVALID_DATE", "A complaint cannot be due before it was received.");
        }

        return new Complaint
        {
            Id = Ids.New(now),
            DebtorId = debtorId,
            AccountId = accountId,
            Category = category,
            Channel = channel,
            Summary = Text.Required(summary, "Complaint summary", 4000),
            ReceivedOn = receivedOn,
            DueOn = due,
            Status = ComplaintStatus.Open,
            LoggedBy = loggedBy.UserName,
            LoggedAt = now,
        };
    }

    public void Resolve(string resolution, Actor resolvedBy, DateTimeOffset now)
    {
        if (Status == ComplaintStatus.Resolved)
        {
            throw new DomainException("COMPLAINT_RESOLVED", "The complaint is already resolved.");
        }

        Resolution = Text.Required(resolution, "Resolution", 4000);
        ResolvedBy = resolvedBy.UserName;
        ResolvedAt = now;
        Status = ComplaintStatus.Resolved;
    }

    public bool IsOverdueOn(DateOnly today) => Status == ComplaintStatus.Open && today > DueOn;
}
