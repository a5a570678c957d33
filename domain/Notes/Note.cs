using DebtHub.Domain.Common;

namespace DebtHub.Domain.Notes;

/// <summary>A collector's note on an account or a debtor. Notes are kept as written; a correction is a new note.</summary>
public sealed class Note
{
    private Note() => Body = AuthorId = string.Empty;

    public Guid Id { get; private set; }

    public Guid DebtorId { get; private set; }

    public Guid? AccountId { get; private set; }

    public string AuthorId { get; private set; }

    public string Body { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Note Write(Guid debtorId, Guid? accountId, string authorId, string body, DateTimeOffset now) => new()
    {
        Id = Ids.New(now),
        DebtorId = debtorId,
        AccountId = accountId,
        AuthorId = Text.Required(authorId, "Author", 100),
        Body = Text.Required(body, "Note", 4000),
        CreatedAt = now,
    };
}
