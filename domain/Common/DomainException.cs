namespace DebtHub.Domain.Common;

/// <summary>
/// A request the domain refuses: the message is written for the person who made it, and <see cref="Code"/> lets the
/// API map it to a typed error. Throwing it never leaves an aggregate half-changed: methods validate before they mutate.
/// </summary>
public sealed class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
