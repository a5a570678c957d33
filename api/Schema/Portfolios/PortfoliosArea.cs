using DebtHub.Domain.Creditors;
using DebtHub.GraphQL.Types;

namespace DebtHub.Api.Schema.Portfolios;

/// <summary>Portfolios: the batches of accounts a creditor placed with us at once.</summary>
internal static class PortfoliosArea
{
    private const string Sdl = """
        "A batch of accounts one creditor placed with us at once."
        type Portfolio @authorize {
          id: ID!
          name: String!
          placedOn: Date!
          createdAt: DateTime!
          creditor: Creditor!
        }
        """;

    public static SchemaBuilder AddPortfolios(this SchemaBuilder schema) => schema
        .AddSdl(Sdl)
        .Bind("Portfolio.id", (FieldResolver)(c => new(NodeIds.Format("Portfolio", c.ParentAs<Portfolio>().Id))))
        .Bind("Portfolio.creditor", (FieldResolver)(async c => await c.Service<ReferenceLoaders>().Creditors.LoadAsync(c.ParentAs<Portfolio>().CreditorId)));
}
