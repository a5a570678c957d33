using DebtHub.Api.Security;
using DebtHub.GraphQL.Execution.Errors;
using DebtHub.GraphQL.Types;
using DebtHub.Infrastructure.Twilio.AccessTokens;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Api.Schema.Voice;

/// <summary>The softphone: a collector's browser takes routed calls through Twilio's Voice JS SDK with this token.</summary>
internal static class VoiceArea
{
    private const string Sdl = """
        extend type Query {
          "A Twilio access token for the signed-in person's softphone; routed calls ring this identity. Renew before expiresAt."
          collectorVoiceToken: CollectorVoiceToken! @authorize(roles: ["collector", "supervisor", "admin"])
        }

        "A Twilio Voice access token (JWT) with an incoming grant for the client identity and an outgoing grant for our TwiML App."
        type CollectorVoiceToken {
          token: String!
          "The Twilio client identity calls are dialled to (client:<identity>)."
          identity: String!
          expiresAt: DateTime!
        }
        """;

    public static SchemaBuilder AddVoice(this SchemaBuilder schema) => schema
        .AddSdl(Sdl)
        .Bind("Query.collectorVoiceToken", (FieldResolver)IssueAsync);

    private static async ValueTask<object?> IssueAsync(IResolverContext context)
    {
        var issuer = context.Service<CollectorVoiceTokenIssuer>();
        if (!issuer.IsConfigured)
        {
            throw new GraphQLException("The softphone is not configured on this server (Twilio API key and TwiML App).", "VOICE_NOT_CONFIGURED");
        }

        var user = context.CurrentUser();
        await using var db = await context.DbAsync();
        var collectorId = await db.Collectors
            .Where(c => c.UserName == user.UserName && c.IsActive)
            .Select(c => (Guid?)c.Id)
            .SingleOrDefaultAsync(context.CancellationToken)
            ?? throw new GraphQLException("Only an active collector, supervisor or admin on record has a softphone.", "NOT_A_COLLECTOR");

        var token = issuer.Issue(CollectorClientIdentity.For(collectorId));
        return new Dictionary<string, object?>
        {
            ["token"] = token.Jwt,
            ["identity"] = token.Identity,
            ["expiresAt"] = token.ExpiresAt,
        };
    }
}
