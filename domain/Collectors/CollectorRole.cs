namespace DebtHub.Domain.Collectors;

public enum CollectorRole
{
    Collector,
    Supervisor,
    Admin,
}
