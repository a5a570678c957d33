using DebtHub.Domain.Common;

namespace DebtHub.Domain.Audit;

/// <summary>
/// Who did what to which record, and when. Append-only. <see cref="Details"/> holds ids and field names, never
/// personal data (names, phone numbers, SSNs, balances stay in their own tables).
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry() => Actor = Action = EntityType = string.Empty;

    public Guid Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The user name or integration client that acted.</summary>
    public string Actor { get; private set; }

    public string? ActorRole { get; private set; }

    /// <summary>What happened, e.g. "account.payment.posted", "debtor.read".</summary>
    public string Action { get; private set; }

    public string EntityType { get; private set; }

    public Guid EntityId { get; private set; }

    /// <summary>A small JSON object of ids and field names.</summary>
    public string? Details { get; private set; }

    public static AuditEntry Record(string actor, string? actorRole, string action, string entityType, Guid entityId, string? details, DateTimeOffset now) => new()
    {
        Id = Ids.New(now),
        At = now,
        Actor = Text.Required(actor, "Actor", 100),
        ActorRole = actorRole,
        Action = Text.Required(action, "Action", 100),
        EntityType = Text.Required(entityType, "Entity type", 60),
        EntityId = entityId,
        Details = details,
    };
}
