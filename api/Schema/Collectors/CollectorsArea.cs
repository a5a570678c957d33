using DebtHub.Domain.Collectors;
using DebtHub.GraphQL.Types;

namespace DebtHub.Api.Schema.Collectors;

/// <summary>Collectors and their teams.</summary>
internal static class CollectorsArea
{
    private const string Sdl = """
        "A person who works accounts: a collector, a supervisor or an admin."
        type Collector @authorize {
          id: ID!
          "The login; a token's subject."
          userName: String!
          displayName: String!
          role: CollectorRole!
          team: Team
          "Language tags the collector speaks."
          languages: [String!]!
          "States the collector is licensed to collect in."
          stateLicences: [String!]!
          isActive: Boolean!
          createdAt: DateTime!
        }

        "A group of collectors under a supervisor; collectors see their team's accounts."
        type Team @authorize {
          id: ID!
          name: String!
          supervisor: Collector
          members: [Collector!]!
          createdAt: DateTime!
        }

        enum CollectorRole { COLLECTOR SUPERVISOR ADMIN }
        """;

    public static SchemaBuilder AddCollectors(this SchemaBuilder schema) => schema
        .AddSdl(Sdl)
        .BindEnum<CollectorRole>("CollectorRole")
        .Bind("Collector.id", (FieldResolver)(c => new(NodeIds.Format("Collector", c.ParentAs<Collector>().Id))))
        .Bind("Collector.team", (FieldResolver)(async c => c.ParentAs<Collector>().TeamId is { } team
            ? await c.Service<ReferenceLoaders>().Teams.LoadAsync(team)
            : null))
        .Bind("Team.id", (FieldResolver)(c => new(NodeIds.Format("Team", c.ParentAs<Team>().Id))))
        .Bind("Team.supervisor", (FieldResolver)(async c => c.ParentAs<Team>().SupervisorId is { } supervisor
            ? await c.Service<ReferenceLoaders>().Collectors.LoadAsync(supervisor)
            : null))
        .Bind("Team.members", (FieldResolver)(async c => await c.Service<ReferenceLoaders>().TeamMembers.LoadAsync(c.ParentAs<Team>().Id)));
}
