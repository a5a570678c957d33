namespace DebtHub.Domain.Common;

/// <summary>
/// Time-ordered ids (UUIDv7): sortable by creation, index-friendly, and made from the instant the caller passes, so a
/// fake clock gives reproducible ordering.
/// </summary>
public static class Ids
{
    public static Guid New(DateTimeOffset now) => Guid.CreateVersion7(now);
}
