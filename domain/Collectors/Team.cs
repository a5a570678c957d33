using DebtHub.Domain.Common;

namespace DebtHub.Domain.Collectors;

/// <summary>A group of collectors under a supervisor; collectors see the accounts assigned to them or their team.</summary>
public sealed class Team
{
    private Team() => Name = string.Empty;

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public Guid? SupervisorId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Team Create(string name, DateTimeOffset now) => new()
    {
        Id = Ids.New(now),
        Name = Text.Required(name, "Team name", 100),
        CreatedAt = now,
    };

    public void AppointSupervisor(Collector supervisor)
    {
        if (supervisor.Role == CollectorRole.Collector)
        {
            throw new DomainException("NOT_A_SUPERVISOR", "Only a supervisor or admin can lead a team.");
        }

        SupervisorId = supervisor.Id;
    }
}
