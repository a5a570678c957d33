using DebtHub.Domain.Creditors;
using DebtHub.GraphQL.Types;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Api.Schema;

/// <summary>
/// DebtHub's GraphQL schema. For now it serves the creditors (no personal data, so no authorization yet); the areas
/// of issue 7 (accounts, debtors, work queues, mutations, subscriptions) are added one folder per area.
/// </summary>
internal static class DebtHubSchema
{
    private const string Sdl = """
        "DebtHub: debtors, accounts and their money, for collectors, supervisors and front ends."
        type Query {
          "Every client that places accounts with us, by name."
          creditors: [Creditor!]!
        }

        "A client that places accounts with us, and the rules it sets for them."
        type Creditor {
          id: ID!
          name: String!
          regime: CreditorRegime!
          "The lowest settlement, in percent of the balance, a collector may accept without approval."
          settlementFloorPercent: Float!
          "The smallest installment of a payment plan."
          minimumInstallment: Float!
          maximumPlanTermMonths: Int!
        }

        "Reg F binds third-party collectors; first-party creditors follow TCPA and state rules."
        enum CreditorRegime { FIRST_PARTY THIRD_PARTY }
        """;

    public static GraphQL.Types.Schema Build() => SchemaBuilder.FromSdl(Sdl)
        .Bind("Query.creditors", (FieldResolver)Creditors)
        .Build();

    private static async ValueTask<object?> Creditors(IResolverContext context)
    {
        var db = context.Services.GetRequiredService<DebtHubDbContext>();
        var creditors = await db.Creditors.AsNoTracking().OrderBy(c => c.Name).ToListAsync(context.CancellationToken);
        return creditors.Select(c => new Dictionary<string, object?>
        {
            ["id"] = c.Id.ToString(),
            ["name"] = c.Name,
            ["regime"] = c.Regime == CreditorRegime.FirstParty ? "FIRST_PARTY" : "THIRD_PARTY",
            ["settlementFloorPercent"] = (double)c.Rules.SettlementFloorPercent,
            ["minimumInstallment"] = (double)c.Rules.MinimumInstallment,
            ["maximumPlanTermMonths"] = c.Rules.MaximumPlanTermMonths,
        }).ToList();
    }
}
