using DebtHub.GraphQL.Types;

namespace DebtHub.Api.Schema.Audit;

/// <summary>The audit trail (the list itself is <c>Query.auditTrail</c>, a connection declared in <see cref="DebtHubData"/>).</summary>
internal static class AuditArea
{
    private const string Sdl = """
        "One entry of the audit log: who did what to which record, and when. Ids only, never the personal data itself."
        type AuditEntry @authorize(roles: ["supervisor", "admin"]) {
          id: ID!
          at: DateTime!
          "The user name (or system) that acted."
          actor: String!
          actorRole: String
          "What was done, e.g. read-debtor, reveal-ssn, or a mutation's name."
          action: String!
          entityType: String!
          entityId: ID!
          "Further ids as JSON, when the action has them."
          details: String
        }
        """;

    public static SchemaBuilder AddAudit(this SchemaBuilder schema) => schema.AddSdl(Sdl);
}
