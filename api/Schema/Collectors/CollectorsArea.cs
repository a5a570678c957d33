using DebtHub.Domain.Collectors;
using DebtHub.GraphQL.Types;

namespace DebtHub.Api.Schema.Collectors;

/// <summary>Collectors and their teams.</summary>
internal static class CollectorsArea
{
    private const string Sdl = """
        "A person who works accounts: a collector, a supervisor or an admin."
        type Collector implements Node @authorize {
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
        type Team implements Node @authorize {
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
        .Bind("Collector.id", Parents.NodeId<Collector>("Collector", c => c.Id))
        .Bind("Collector.team", (FieldResolver)(async c => c.Parent switch
        {
            Collector { TeamId: { } team } => await c.Service<ReferenceLoaders>().Teams.LoadAsync(team),
            Collector => null,
            _ => DefaultResolvers.ReadProperty(c.Parent, "team"),
        }))
        .Bind("Team.id", Parents.NodeId<Team>("Team", t => t.Id))
        .Bind("Team.supervisor", (FieldResolver)(async c => c.Parent switch
        {
            Team { SupervisorId: { } supervisor } => await c.Service<ReferenceLoaders>().Collectors.LoadAsync(supervisor),
            Team => null,
            _ => DefaultResolvers.ReadProperty(c.Parent, "supervisor"),
        }))
        .Bind("Team.members", (FieldResolver)(async c => c.Parent is Team t
            ? await c.Service<ReferenceLoaders>().TeamMembers.LoadAsync(t.Id)
            : DefaultResolvers.ReadProperty(c.Parent, "members")));
}
