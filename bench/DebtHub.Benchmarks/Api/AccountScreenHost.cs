using System.Security.Claims;
using DebtHub.Api.Schema;
using DebtHub.Api.Schema.Accounts;
using DebtHub.Api.Security;
using DebtHub.Domain.Resolutions.Plans;
using DebtHub.GraphQL.Transport;
using DebtHub.Infrastructure.Events;
using DebtHub.Infrastructure.Persistence;
using DebtHub.Infrastructure.Redis;
using DebtHub.Infrastructure.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DebtHub.Benchmarks.Api;

/// <summary>
/// The collector's account screen served two ways by one process, for bench/graphql-js/screen.mjs: <c>/graphql</c> (the
/// real DebtHub schema, auth and audit) and <c>/baseline/{id}</c>, a hand-written minimal-API endpoint returning the same
/// data from the same EF Core queries (account with holds and contact attempts, the debtor with phones and
/// addresses, the ledger summary). <c>/bench/setup</c> hands out a supervisor token and 2,000 account ids.
/// </summary>
internal static class AccountScreenHost
{
    public static void Run(string url)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddPersistence(builder.Configuration);
        builder.Services.AddRedis(builder.Configuration);
        builder.Services.AddEventBus();
        builder.Services.AddSsnProtection();
        builder.Services.AddDebtHubAuthentication();
        builder.Services.AddSingleton<ReadAuditLog>().AddHostedService(p => p.GetRequiredService<ReadAuditLog>());
        builder.Services.AddDebtHubSchemaServices();
        builder.Services.AddGraphQL(_ => DebtHubSchema.Build(), options =>
        {
            options.MaxExecutionDepth = 12;
            options.MaxOperationCost = 5000;
        });
        var app = builder.Build();
        app.UseAuthentication();
        app.MapGraphQL("/graphql");
        app.MapGet("/baseline/{id:guid}", BaselineAsync);
        app.MapGet("/bench/setup", SetupAsync);
        app.Run(url);
    }

    private static async Task<IResult> SetupAsync(DebtHubDbContext db, IOptions<AuthOptions> auth)
    {
        var ids = await db.Accounts.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Id).Take(2000).ToListAsync();
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = auth.Value.Issuer,
            Audience = auth.Value.Audience,
            Expires = DateTime.UtcNow.AddHours(2),
            Claims = new Dictionary<string, object> { ["sub"] = "bench-supervisor", ["role"] = "supervisor" },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(auth.Value.KeyBytes()), SecurityAlgorithms.HmacSha256),
        });
        return Results.Ok(new { token, ids });
    }

    /// <summary>The same three queries the GraphQL request sends, written by hand, and the same audit entry.</summary>
    private static async Task<IResult> BaselineAsync(
        Guid id, HttpContext context, IDbContextFactory<DebtHubDbContext> contexts, ReadAuditLog audit, TimeProvider time)
    {
        if (CurrentUser.From(context.User) is not { } user)
        {
            return Results.Unauthorized();
        }

        var cancellationToken = context.RequestAborted;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var account = await db.Accounts.AsNoTracking().AsSingleQuery().Where(a => a.Id == id).VisibleTo(db, user)
            .Select(a => new
            {
                a.Id,
                a.CreditorAccountNumber,
                a.Status,
                Balance = a.PrincipalBalance + a.InterestBalance + a.FeeBalance,
                a.DelinquencyDate,
                a.GoverningState,
                a.CurrentCreditor,
                a.DebtorId,
                Holds = a.Holds.Where(h => h.LiftedAt == null).OrderBy(h => h.PlacedAt).Select(h => new { h.Kind, h.Reason }).ToList(),
                ContactAttempts = db.ContactAttempts.Where(c => c.AccountIds.Contains(a.Id)).OrderByDescending(c => c.PlacedAt).Take(20)
                    .Select(c => new { c.Channel, c.Direction, c.Destination, c.PlacedAt, c.Disposition }).ToList(),
                Plans = db.PaymentPlans.Where(p => p.AccountId == a.Id && (p.Status == PlanStatus.PendingApproval || p.Status == PlanStatus.Active))
                    .OrderByDescending(p => p.ProposedAt)
                    .Select(p => new
                    {
                        p.Kind, p.Status, p.Frequency, p.TotalAmount,
                        Installments = p.Installments.OrderBy(i => i.Sequence).Select(i => new { i.Sequence, i.DueOn, i.Amount, i.PaidAmount, i.Status }).ToList(),
                    })
                    .ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (account is null)
        {
            return Results.NotFound();
        }

        var summary = await db.Accounts.AsNoTracking().Where(a => a.Id == id).Select(LedgerSummary.WithSummary(db)).Select(x => x.Summary)
            .FirstAsync(cancellationToken);
        var debtor = await db.Debtors.AsNoTracking().AsSingleQuery()
            .Include(d => d.Phones).ThenInclude(p => p.Consents)
            .Include(d => d.Addresses)
            .Include(d => d.Emails)
            .FirstAsync(d => d.Id == account.DebtorId, cancellationToken);
        audit.RecordRead(user, AuditActions.ReadDebtor, "Debtor", debtor.Id);
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return Results.Ok(new
        {
            account = new
            {
                id = NodeIds.Format("Account", account.Id),
                account.CreditorAccountNumber,
                status = account.Status.ToString(),
                balance = account.Balance,
                daysDelinquent = account.DelinquencyDate is { } since ? today.DayNumber - since.DayNumber : (int?)null,
                account.GoverningState,
                account.CurrentCreditor,
                ledgerSummary = new { summary.Balance, summary.Principal, summary.Interest, summary.Fees, summary.Paid, summary.LastPaymentOn },
                holds = account.Holds.Select(h => new { kind = h.Kind.ToString(), h.Reason }),
                contactAttempts = account.ContactAttempts.Select(c => new
                {
                    channel = c.Channel.ToString(), direction = c.Direction.ToString(), c.Destination, c.PlacedAt, disposition = c.Disposition.ToString(),
                }),
                paymentPlans = account.Plans.Select(p => new
                {
                    kind = p.Kind.ToString(), status = p.Status.ToString(), frequency = p.Frequency.ToString(), p.TotalAmount,
                    installments = p.Installments.Select(i => new { i.Sequence, i.DueOn, i.Amount, i.PaidAmount, status = i.Status.ToString() }),
                }),
                debtor = new
                {
                    id = NodeIds.Format("Debtor", debtor.Id),
                    debtor.DisplayName,
                    debtor.DateOfBirth,
                    debtor.SsnLastFour,
                    debtor.PreferredLanguage,
                    phones = debtor.Phones.Select(p => new
                    {
                        p.Number, lineType = p.LineType.ToString(), status = p.Status.ToString(), p.IsDialable,
                        consents = p.Consents.Select(c => new { scope = c.Scope.ToString(), isActive = c.IsActiveAt(now) }),
                    }),
                    addresses = debtor.Addresses.Select(a => new { a.Line1, a.Line2, a.City, a.State, a.Zip, status = a.Status.ToString() }),
                },
            },
        });
    }
}
