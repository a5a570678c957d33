using DebtHub.GraphQL.Execution.DataLoader;
using DebtHub.Infrastructure.Contact;

namespace DebtHub.Api.Schema.Compliance;

/// <summary>The request's batch loaders for compliance answers about many accounts at once.</summary>
internal sealed class ComplianceLoaders(DataLoaderScheduler scheduler, ContactGateway gateway, TimeProvider clock)
{
    /// <summary>When each account can next be called by hand, every account of the batch from one load of the facts.</summary>
    public BatchDataLoader<Guid, NextCall> NextCallAllowedAt { get; } = new(scheduler, async (ids, cancellationToken) =>
    {
        var answers = await gateway.NextCallAllowedAtAsync(ids, clock.GetUtcNow(), cancellationToken);
        return answers.ToDictionary(a => a.Key, a => new NextCall(a.Value));
    });
}

/// <summary>An account's next allowed call; <see cref="At"/> is null when a person must act first.</summary>
internal sealed record NextCall(DateTimeOffset? At);
