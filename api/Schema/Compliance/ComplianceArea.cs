using System.Globalization;
using DebtHub.Api.Schema.Accounts;
using DebtHub.Domain.Accounts;
using DebtHub.Domain.Common;
using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Configuration;
using DebtHub.GraphQL.Execution.Errors;
using DebtHub.GraphQL.Types;
using DebtHub.Infrastructure.Contact;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Api.Schema.Compliance;

/// <summary>
/// The compliance gate as collectors and supervisors see it: may this contact happen, and if not, every rule that blocks
/// it with its citation and when it becomes allowed; the rules in force; when an account can next be called.
/// </summary>
internal static class ComplianceArea
{
    private const string Sdl = """
        extend type Query {
          "Whether a contact about the account to one of the debtor's numbers would be allowed at an instant (now when omitted). Reserves nothing."
          contactEligibility(accountId: ID!, phoneId: ID!, channel: ContactChannel!, mode: ContactMode!, at: DateTime): ContactEligibility! @authorize
          "The compliance rules DebtHub enforces, with their citations and the numbers of the rule set in force."
          complianceRules: ComplianceRules! @authorize
        }

        extend type Account {
          "The earliest instant a hand-dialed call to any good number on file is allowed (now when it already is); null when a person must act first."
          nextEligibleContactAt: DateTime
        }

        "The compliance gate's answer for one contact."
        type ContactEligibility {
          allowed: Boolean!
          "Every rule that blocks the contact, in the registry's order; empty when allowed."
          blockedBy: [BlockingRule!]!
          "When every rule allows the same contact (the instant asked about when allowed); null when a person must act first."
          nextAllowedAt: DateTime
          evaluatedAt: DateTime!
          ruleSetVersion: String!
          "The time zones the consumer may be in, with the local time in each at the instant asked about."
          zonesUsed: [ZoneLocalTime!]!
          "Nothing on file placed the consumer, so every US zone was used."
          zonesUnknown: Boolean!
        }

        "One rule that blocks a contact, as a collector reads it."
        type BlockingRule {
          ruleId: String!
          "The regulation or policy it enforces, e.g. 12 CFR 1006.14(b)(2)(i)(A)."
          citation: String!
          explanation: String!
          "When this rule alone stops blocking; null when a person must act."
          allowedFrom: DateTime
        }

        "A candidate IANA time zone and the consumer's wall-clock time there."
        type ZoneLocalTime {
          zoneId: String!
          "Local date and time, ISO 8601 without offset, e.g. 2026-06-10T22:00:00."
          localTime: String!
        }

        "The rule registry and the rule-set versions."
        type ComplianceRules {
          "The rule-set version in force now."
          ruleSetVersion: String!
          effectiveFrom: DateTime!
          "Every rule, in evaluation order."
          rules: [ComplianceRule!]!
          "Every configured version, including those scheduled ahead."
          versions: [RuleSetVersion!]!
        }

        type ComplianceRule {
          id: String!
          citation: String!
          "What it enforces, with the numbers of the rule set in force."
          description: String!
        }

        type RuleSetVersion {
          version: String!
          effectiveFrom: DateTime!
          inForce: Boolean!
        }
        """;

    public static SchemaBuilder AddCompliance(this SchemaBuilder schema) => schema
        .AddSdl(Sdl)
        .Bind("Query.contactEligibility", (FieldResolver)EligibilityAsync)
        .Bind("Query.complianceRules", (FieldResolver)Rules)
        .Bind("Account.nextEligibleContactAt", (FieldResolver)NextEligibleAsync)
        .Bind("ZoneLocalTime.localTime", (FieldResolver)(c => new(c.ParentAs<ZoneLocalTime>().LocalTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture))));

    private static async ValueTask<object?> EligibilityAsync(IResolverContext context)
    {
        var accountId = NodeIds.Parse(context.GetArgument<string>("accountId"), "Account");
        var phoneId = NodeIds.Parse(context.GetArgument<string>("phoneId"), "Phone");
        var channel = context.GetArgument<ContactChannel>("channel");
        if (channel is not (ContactChannel.Call or ContactChannel.Text))
        {
            throw new GraphQLException("contactEligibility checks calls and texts to a phone: use channel CALL or TEXT.", ErrorCodes.BadUserInput);
        }

        await EnsureVisibleAsync(context, accountId);
        var at = context.Arguments.TryGetValue("at", out var given) && given is DateTimeOffset instant ? instant : (DateTimeOffset?)null;
        var intent = new ContactIntent([accountId], phoneId, channel, context.GetArgument<ContactMode>("mode"));
        try
        {
            return await context.Service<ContactGateway>().EvaluateAsync(intent, at, context.CancellationToken);
        }
        catch (DomainException e)
        {
            throw new GraphQLException(e.Message, e.Code);
        }
    }

    private static ValueTask<object?> Rules(IResolverContext context)
    {
        var gate = context.Service<ComplianceGate>();
        var now = context.Service<TimeProvider>().GetUtcNow();
        var inForce = gate.Schedule.InForceAt(now)
            ?? throw new GraphQLException("No compliance rule set is in force now; every contact is refused.", "NO_RULE_SET");
        return new(new Dictionary<string, object?>
        {
            ["ruleSetVersion"] = inForce.Version,
            ["effectiveFrom"] = inForce.EffectiveFrom,
            ["rules"] = RuleRegistry.Default.Rules.Select(r => new Dictionary<string, object?>
            {
                ["id"] = r.Id,
                ["citation"] = r.Citation,
                ["description"] = RuleDescriptions.Describe(r.Id, inForce) ?? r.Id,
            }).ToArray(),
            ["versions"] = gate.Schedule.Versions.Select(v => new Dictionary<string, object?>
            {
                ["version"] = v.Version,
                ["effectiveFrom"] = v.EffectiveFrom,
                ["inForce"] = ReferenceEquals(v, inForce),
            }).ToArray(),
        });
    }

    /// <summary>Batched per request: a page of accounts loads its contact facts in one round trip, not one per row.</summary>
    private static async ValueTask<object?> NextEligibleAsync(IResolverContext context)
    {
        var accountId = context.Value<Account, Guid>(AccountData.Key, a => a.Id);
        return (await context.Service<ComplianceLoaders>().NextCallAllowedAt.LoadAsync(accountId))?.At;
    }

    /// <summary>A collector may ask only about accounts they may see; anything else reads as not found.</summary>
    private static async Task EnsureVisibleAsync(IResolverContext context, Guid accountId)
    {
        await using var db = await context.DbAsync();
        if (!await db.Accounts.Where(a => a.Id == accountId).VisibleTo(db, context.CurrentUser()).AnyAsync(context.CancellationToken))
        {
            throw new GraphQLException("No account with that id is visible to you.", "NOT_FOUND");
        }
    }
}
