using System.Text.Json;
using DebtHub.Api.Tests.Support;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Api.Tests.Resolutions;

/// <summary>
/// Row counts of what resolution mutations write, with every account's status and balance and every arrangement's status,
/// to prove a refused one wrote nothing and changed nothing.
/// </summary>
internal sealed record ResolutionSnapshot(
    int Plans, int Installments, int Promises, int Disputes, int Complaints, int Referrals, int Holds, int Audit, int Transactions, string Accounts, string Arrangements)
{
    public static async Task<ResolutionSnapshot> TakeAsync(ApiFactory api)
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
        var accounts = await db.Accounts.OrderBy(a => a.Id)
            .Select(a => a.Id + ":" + a.Status + ":" + (a.PrincipalBalance + a.InterestBalance + a.FeeBalance)).ToListAsync();
        var arrangements = (await db.PaymentPlans.OrderBy(p => p.Id).Select(p => p.Id + ":" + p.Status).ToListAsync())
            .Concat(await db.PromisesToPay.OrderBy(p => p.Id).Select(p => p.Id + ":" + p.Status).ToListAsync())
            .Concat(await db.Disputes.OrderBy(d => d.Id).Select(d => d.Id + ":" + d.Status).ToListAsync())
            .Concat(await db.LegalReferrals.OrderBy(r => r.Id).Select(r => r.Id + ":" + r.Status).ToListAsync());
        return new ResolutionSnapshot(
            await db.PaymentPlans.CountAsync(), await db.Set<Domain.Resolutions.Plans.PlanInstallment>().CountAsync(), await db.PromisesToPay.CountAsync(),
            await db.Disputes.CountAsync(), await db.Complaints.CountAsync(), await db.LegalReferrals.CountAsync(), await db.AccountHolds.CountAsync(),
            await db.AuditEntries.CountAsync(), await db.LedgerTransactions.CountAsync(), string.Join(",", accounts), string.Join(",", arrangements));
    }
}

internal static class ResolutionTestSupport
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static string Day(int fromToday) => Today.AddDays(fromToday).ToString("yyyy-MM-dd");

    public static Task<JsonElement> MutateAsync(this HttpClient client, string mutation, string inputType, string selection, object input, string token) =>
        client.PostGraphQLAsync($$"""
            mutation($input: {{inputType}}!) {
              {{mutation}}(input: $input) {
                {{selection}}
                {{Mutations.MutationAssertions.Errors}}
              }
            }
            """, new { input }, token);
}
