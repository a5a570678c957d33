using DebtHub.Domain.Common;

namespace DebtHub.Domain.Collectors;

/// <summary>A user who works accounts. Languages and state licences decide which calls may be routed to them.</summary>
public sealed class Collector
{
    private Collector() => UserName = DisplayName = string.Empty;

    public Guid Id { get; private set; }

    /// <summary>The login name, unique; tokens carry it.</summary>
    public string UserName { get; private set; }

    public string DisplayName { get; private set; }

    public CollectorRole Role { get; private set; }

    public Guid? TeamId { get; private set; }

    /// <summary>Languages the collector speaks, as lowercase BCP 47 tags.</summary>
    public IReadOnlyList<string> Languages { get; private set; } = ["en"];

    /// <summary>USPS codes of the states where the collector is licensed to collect.</summary>
    public IReadOnlyList<string> StateLicences { get; private set; } = [];

    public bool IsActive { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Collector Create(string userName, string displayName, CollectorRole role, DateTimeOffset now)
    {
        var login = Text.Required(userName, "User name", 64);
        if (!login.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
        {
            throw new DomainException("INVALID_USER_NAME", "A user name may use letters, digits, '.', '_' and '-' only.");
        }

        return new Collector
        {
            Id = Ids.New(now),
            UserName = login.ToLowerInvariant(),
            DisplayName = Text.Required(displayName, "Display name", 100),
            Role = role,
            IsActive = true,
            CreatedAt = now,
        };
    }

    public void JoinTeam(Guid? teamId) => TeamId = teamId;

    public void ChangeRole(CollectorRole role) => Role = role;

    public void SetLanguages(IEnumerable<string> languages)
    {
        var list = languages.Select(l => Text.Required(l, "Language", 35).ToLowerInvariant()).Distinct().ToArray();
        Languages = list.Length > 0 ? list : throw new DomainException("REQUIRED", "A collector speaks at least one language.");
    }

    public void SetStateLicences(IEnumerable<string> states) =>
        StateLicences = states.Select(UsState.Normalize).Distinct().Order(StringComparer.Ordinal).ToArray();

    public bool IsLicensedIn(string state) => StateLicences.Contains(state, StringComparer.OrdinalIgnoreCase);

    public void Deactivate() => IsActive = false;
}
