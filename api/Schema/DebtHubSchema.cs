using DebtHub.Api.Schema.Creditors;
using DebtHub.GraphQL.Types;

namespace DebtHub.Api.Schema;

/// <summary>
/// DebtHub's GraphQL schema, composed from one area per folder: each area adds its SDL (extending the root types)
/// and binds its resolvers.
/// </summary>
internal static class DebtHubSchema
{
    private const string Roots = """
        "DebtHub: debtors, accounts and their money, for collectors, supervisors and front ends."
        type Query

        """;

    public static GraphQL.Types.Schema Build() => SchemaBuilder.FromSdl(Roots)
        .AddCreditors()
        .Build();
}
