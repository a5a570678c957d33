using DebtHub.Api.Schema.Accounts;
using DebtHub.Api.Security;
using DebtHub.Domain.Common;
using DebtHub.Infrastructure.Letters;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Api.Letters;

/// <summary>
/// Letters as printable pages for a browser: GET /accounts/{id}/letters/validation-notice (or plan-confirmation and
/// settlement-offer with ?planId=), under the bearer token, for accounts the caller may see. Reading one sends nothing.
/// </summary>
internal static class LetterEndpoints
{
    public static void MapLetters(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/accounts/{accountId:guid}/letters/{kind}", async (
            Guid accountId, string kind, Guid? planId, HttpContext http, IDbContextFactory<DebtHubDbContext> contexts, LetterService letters, CancellationToken cancellationToken) =>
        {
            if (CurrentUser.From(http.User) is not { } user || user.Role == Roles.Integration)
            {
                return Results.Unauthorized();
            }

            LetterKind? letterKind = kind switch
            {
                "validation-notice" => LetterKind.ValidationNotice,
                "plan-confirmation" => LetterKind.PlanConfirmation,
                "settlement-offer" => LetterKind.SettlementOffer,
                _ => null,
            };
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (letterKind is null || !await db.Accounts.Where(a => a.Id == accountId).VisibleTo(db, user).AnyAsync(cancellationToken))
            {
                return Results.NotFound();
            }

            try
            {
                var letter = await letters.ComposeAsync(accountId, letterKind.Value, planId, null, cancellationToken);
                return Results.Content(letter.Html, "text/html; charset=utf-8");
            }
            catch (DomainException e)
            {
                return Results.Problem(e.Message, statusCode: e.Code.StartsWith("UNKNOWN_", StringComparison.Ordinal) ? 404 : 409, title: e.Code);
            }
        });
}
