using DebtHub.Domain.Creditors;
using DebtHub.GraphQL.Types;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Api.Schema.Creditors;

/// <summary>Creditors (our clients) and the rules they set; no personal data.</summary>
internal static class CreditorsArea
{
    private const string Sdl = """
        extend type Query {
          "Every client that places accounts with us, by name."
          creditors: [Creditor!]!
        }

        "A client that places accounts with us, and the rules it sets for them."
        type Creditor implements Node {
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

    public static SchemaBuilder AddCreditors(this SchemaBuilder schema) => schema
        .AddSdl(Sdl)
        .BindEnum<CreditorRegime>("CreditorRegime")
        .Bind("Query.creditors", (FieldResolver)Creditors)
        .Bind("Creditor.id", Parents.NodeId<Creditor>("Creditor", c => c.Id))
        .Bind("Creditor.settlementFloorPercent", Parents.Field<Creditor>((c, _) => (double)c.Rules.SettlementFloorPercent))
        .Bind("Creditor.minimumInstallment", Parents.Field<Creditor>((c, _) => (double)c.Rules.MinimumInstallment))
        .Bind("Creditor.maximumPlanTermMonths", Parents.Field<Creditor>((c, _) => c.Rules.MaximumPlanTermMonths));

    private static async ValueTask<object?> Creditors(IResolverContext context)
    {
        await using var db = await context.DbAsync();
        return await db.Creditors.AsNoTracking().OrderBy(c => c.Name).ToListAsync(context.CancellationToken);
    }
}
