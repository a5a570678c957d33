using DebtHub.Domain.Creditors;
using DebtHub.GraphQL.Types;

namespace DebtHub.Api.Schema.Portfolios;

/// <summary>Portfolios: the batches of accounts a creditor placed with us at once.</summary>
internal static class PortfoliosArea
{
    private const string Sdl = """
        "A batch of accounts one creditor placed with us at once."
        type Portfolio implements Node @authorize {
          id: ID!
          name: String!
          placedOn: Date!
          createdAt: DateTime!
          creditor: Creditor!
        }
        """;

    public static SchemaBuilder AddPortfolios(this SchemaBuilder schema) => schema
        .AddSdl(Sdl)
        .Bind("Portfolio.id", Parents.NodeId<Portfolio>("Portfolio", p => p.Id))
        .Bind("Portfolio.creditor", (FieldResolver)(async c => c.Parent is Portfolio p
            ? await c.Service<ReferenceLoaders>().Creditors.LoadAsync(p.CreditorId)
            : DefaultResolvers.ReadProperty(c.Parent, "creditor")));
}
