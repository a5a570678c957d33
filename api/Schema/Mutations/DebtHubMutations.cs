using DebtHub.Api.Security;
using DebtHub.Domain.Common;
using DebtHub.GraphQL.Conventions;
using DebtHub.GraphQL.Types;
using DebtHub.Infrastructure.Events;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DebtHub.Api.Schema.Mutations;

/// <summary>
/// DebtHub's mutations on top of the engine's conventions: every mutation can answer the common typed errors, a
/// <see cref="DomainException"/> becomes a typed error, and a failed mutation leaves nothing tracked for the next one.
/// </summary>
internal static class DebtHubMutations
{
    private static readonly HashSet<string> ConflictCodes =
    [
        "DUPLICATE_ADDRESS", "DUPLICATE_PHONE", "DUPLICATE_EMAIL", "HOLD_EXISTS", "HOLD_NOT_ACTIVE", "ALREADY_REVERSED",
        "ACCOUNT_CLOSED", "ACCOUNT_FINISHED", "INVALID_STATUS_CHANGE", "IDEMPOTENCY_KEY_REUSED", "CURRENCY_MISMATCH",
        "NOT_A_PERSON", "NOT_A_PAYMENT", "NEGATIVE_BALANCE", "RESULT_RECORDED",

        // Dialer: the collector is on a call.
        "ON_CALL",

        // Resolutions: the record's or the account's state refuses the arrangement.
        "NOTHING_OWED", "OUTSIDE_GUARDRAILS", "PLAN_NOT_OPEN", "PLAN_NOT_PENDING", "PROMISE_NOT_PENDING", "OVERPAYMENT",
        "DISPUTE_PENDING", "BANKRUPTCY_STAY", "DISPUTE_NOT_OPEN", "COMPLAINT_RESOLVED", "REFERRAL_CLOSED", "TIME_BARRED",
        "LIMITATION_DATE_UNKNOWN", "INVALID_REFERRAL_STATE", "NOT_A_SUIT_REFERRAL", "LIEN_RELEASED", "WORK_ITEM_DONE",
        "NO_ADDRESS", "WRONG_PLAN_KIND", "CONTACT_NOT_CONFIRMED", "LEDGER_MISMATCH",
    ];

    /// <summary>Declares the conventions and the shared error types; once, before the areas add their mutations.</summary>
    public static SchemaBuilder AddMutationSupport(this SchemaBuilder schema) => schema
        .AddMutationConventions()
        .AddSdl(MutationErrors.Sdl);

    /// <summary>The <c>@authorize</c> a mutation field carries for <paramref name="roles"/>.</summary>
    public static string Authorize(params string[] roles) => $"@authorize(roles: [{string.Join(", ", roles.Select(r => $"\"{r}\""))}])";

    public static SchemaBuilder AddDebtHubMutation(this SchemaBuilder schema, MutationField field, Func<MutationRequest, Task<MutationResult>> handler)
    {
        var declared = field with { Errors = [.. MutationErrors.Common, .. field.Errors.Except(MutationErrors.Common)] };
        var errorTypes = declared.Errors.ToHashSet(StringComparer.Ordinal);
        return schema.AddMutation(declared, async (input, context) =>
        {
            var services = context.Services;

            // A unit of work of its own: nothing a refused mutation loaded or changed can leak into another one.
            await using var db = await services.GetRequiredService<IDbContextFactory<DebtHubDbContext>>().CreateDbContextAsync(context.CancellationToken);
            var time = services.GetRequiredService<TimeProvider>();
            var request = new MutationRequest(
                new InputReader(input), db, CurrentUser.From(context.User), time.GetUtcNow(), services, context.CancellationToken);
            MutationResult result;
            try
            {
                result = await handler(request);
            }
            catch (MutationErrorException e)
            {
                result = MutationResult.Failure(e.Errors);
            }
            catch (DomainException e)
            {
                result = MutationResult.Failure(FromDomain(e));
            }
            catch (DbUpdateConcurrencyException)
            {
                result = MutationResult.Failure(new ConflictError(
                    "Someone else changed this record at the same moment; nothing was saved. Reload it and try again.", "CONCURRENT_CHANGE"));
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                result = MutationResult.Failure(new ConflictError("The change would duplicate a record that already exists; nothing was saved.", "DUPLICATE"));
            }

            if (!result.Succeeded)
            {
                return MutationResult.Failure(result.Errors!.Select(e => Declared(e, errorTypes)).ToArray());
            }

            await PublishAsync(field.Name, request, services);
            return result;
        });
    }

    /// <summary>
    /// Publishes the saved change's events. The change is committed already, so a Redis outage must not turn it into an
    /// error (the client would retry a change that happened); live screens catch up on their next event.
    /// </summary>
    private static async Task PublishAsync(string mutation, MutationRequest request, IServiceProvider services)
    {
        if (request.AccountEvents.Count == 0 && request.CollectorEvents.Count == 0)
        {
            return;
        }

        var bus = services.GetRequiredService<EventBus>();
        try
        {
            foreach (var change in request.AccountEvents)
            {
                await bus.PublishAsync(change, CancellationToken.None);
            }

            foreach (var collectorEvent in request.CollectorEvents)
            {
                await bus.PublishAsync(collectorEvent, CancellationToken.None);
            }
        }
        catch (Exception e) when (e is StackExchange.Redis.RedisException or TimeoutException or ObjectDisposedException)
        {
            MutationLog.EventsNotPublished(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DebtHubMutations)), mutation, e);
        }
    }

    private static IMutationError FromDomain(DomainException e) => e.Code switch
    {
        "INVALID_AMOUNT" => new InvalidAmountError(e.Message, null),
        "INVALID_PHONE" => new InvalidPhoneError(e.Message, null),
        "INVALID_ZIP" or "INVALID_STATE" => new InvalidAddressError(e.Message, null),
        "REQUIRED" => new RequiredFieldError(e.Message, null),
        "NOT_A_SUPERVISOR" or "OWN_PROPOSAL" => new NotAllowedError(e.Message),
        _ when e.Code.StartsWith("UNKNOWN_", StringComparison.Ordinal) => new NotFoundError(e.Message, null, ""),
        _ when ConflictCodes.Contains(e.Code) => new ConflictError(e.Message, e.Code),
        _ => new InvalidValueError(e.Message, null, e.Code),
    };

    /// <summary>An error whose type the mutation does not declare is answered as the closest common type.</summary>
    private static IMutationError Declared(IMutationError error, HashSet<string> declared) =>
        declared.Contains(error.GetType().Name)
            ? error
            : new InvalidValueError(error.Message, null, "INVALID_VALUE");
}
