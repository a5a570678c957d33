using DebtHub.Domain.Collectors;
using DebtHub.Domain.Common;

namespace DebtHub.Domain.Resolutions;

/// <summary>The signed-in person acting on a resolution: their login name and role, as the API's token states them.</summary>
public sealed record Actor
{
    public Actor(string userName, CollectorRole role)
    {
        UserName = Text.Required(userName, "User name", 100);
        Role = role;
    }

    public string UserName { get; }

    public CollectorRole Role { get; }

    public bool IsSupervisor => Role is CollectorRole.Supervisor or CollectorRole.Admin;
}
