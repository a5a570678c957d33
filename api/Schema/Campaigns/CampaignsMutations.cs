using DebtHub.Api.Schema.Mutations;
using DebtHub.Api.Security;
using DebtHub.Dialer.Campaigns;
using DebtHub.Dialer.Dialing;
using DebtHub.Domain.Campaigns;
using DebtHub.Domain.Common;
using DebtHub.Domain.Compliance;
using DebtHub.GraphQL.Conventions;
using DebtHub.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Api.Schema.Campaigns;

/// <summary>
/// Supervisors create, change, start, pause and stop campaigns; collectors in preview campaigns ask for the next account
/// and click to call. Every setting is checked by the campaign's domain rules (hours inside the law, a voicemail template
/// that is exactly a limited-content message, an abandon target at most 3%): a refused one is a typed error and nothing
/// is saved.
/// </summary>
internal static class CampaignsMutations
{
    private const string Sdl = """
        "A campaign's settings; every part is checked before anything is saved."
        input CampaignSettingsInput {
          mode: DialMode!
          segment: CampaignSegmentInput
          "Omitted: 08:00–21:00 every day, the hours the law allows."
          callingHours: CallingHoursInput
          "Numbers we own (E.164) shown as caller ID; required for progressive and predictive."
          callerIds: [String!]!
          localPresence: Boolean
          "Delays that differ from the defaults (busy and no answer 4 h, machine, failed and abandoned 1 day, answered 7 days)."
          retry: [RetryDelayInput!]
          maxAttempts: Int
          answeringMachineDetection: Boolean
          voicemail: VoicemailInput
          "Omitted: highest balance first."
          priority: [PrioritySortInput!]
          "At most 3 (percent of live-answered calls over 30 days); 2 when omitted."
          targetAbandonPercent: Decimal
          "1 to 5 lines per idle collector; 3 when omitted."
          maxDialRatio: Decimal
        }

        input CampaignSegmentInput {
          creditorIds: [ID!]
          portfolioIds: [ID!]
          states: [String!]
          minBalance: Amount
          maxBalance: Amount
        }

        input CallingHoursInput {
          "HH:mm, 08:00 at the earliest."
          start: String!
          "HH:mm, 21:00 at the latest."
          end: String!
          "Omitted: every day."
          days: [Weekday!]
        }

        input RetryDelayInput {
          outcome: DialOutcome!
          "5 minutes to 90 days."
          minutes: Int!
        }

        "A limited-content voicemail: placeholders {business}, {person}, {callback}, and optionally {consumer} (salutation only), {date}, {time}, {replyTimes}."
        input VoicemailInput {
          template: String!
          "Must not indicate debt collection."
          businessName: String!
          "A natural person to ask for; need not be a legal name."
          contactName: String!
          callbackNumber: String!
        }

        input PrioritySortInput {
          key: PriorityKey!
          descending: Boolean!
        }

        input CreateCampaignInput {
          name: String!
          settings: CampaignSettingsInput!
        }

        input UpdateCampaignInput {
          campaignId: ID!
          name: String!
          settings: CampaignSettingsInput!
        }

        input StartCampaignInput { campaignId: ID! }
        input PauseCampaignInput { campaignId: ID! }
        input StopCampaignInput { campaignId: ID! }
        input NextPreviewAccountInput { campaignId: ID! }

        input PlacePreviewCallInput {
          campaignId: ID!
          accountId: ID!
        }

        "Whether a preview call was placed."
        enum PlacementResult { DIALED BLOCKED NOT_PLACED }

        "The compliance gate, the contact ledger or the campaign's hours refused the call now: every rule that blocks it, and when the account is looked at again."
        type ContactBlockedError implements Error {
          message: String!
          blockedBy: [BlockingRule!]!
          "When the account may be tried again (it went back to the campaign's hopper until then)."
          nextAllowedAt: DateTime
        }

        """;

    private static readonly string Supervisors = DebtHubMutations.Authorize(Roles.Supervisor, Roles.Admin);

    public static SchemaBuilder AddCampaignsMutations(this SchemaBuilder schema) => schema
        .AddSdl(Sdl)
        .BindEnum<PlacementResult>("PlacementResult")
        .AddDebtHubMutation(
            new MutationField("createCampaign", "campaign", "Campaign", []) { Description = "Creates a campaign in draft.", Directives = Supervisors },
            r => SettingsChangeAsync(r, null))
        .AddDebtHubMutation(
            new MutationField("updateCampaign", "campaign", "Campaign", []) { Description = "Replaces a campaign's name and settings; a running one uses them from its next round.", Directives = Supervisors },
            r => SettingsChangeAsync(r, r.Input.Id("campaignId", "Campaign")))
        .AddDebtHubMutation(
            new MutationField("startCampaign", "campaign", "Campaign", []) { Description = "Starts (or resumes) dialing; the hopper is filled at once.", Directives = Supervisors },
            r => StatusChangeAsync(r, (s, id, t) => s.StartAsync(id, t)))
        .AddDebtHubMutation(
            new MutationField("pauseCampaign", "campaign", "Campaign", []) { Description = "Stops placing new calls; calls in progress finish.", Directives = Supervisors },
            r => StatusChangeAsync(r, (s, id, t) => s.PauseAsync(id, t)))
        .AddDebtHubMutation(
            new MutationField("stopCampaign", "campaign", "Campaign", []) { Description = "Ends the campaign for good.", Directives = Supervisors },
            r => StatusChangeAsync(r, (s, id, t) => s.StopAsync(id, t)))
        .AddDebtHubMutation(
            new MutationField("nextPreviewAccount", "account", "Account", [])
            {
                Description = "Preview mode: the next account in priority order, held for you for a few minutes; null when nothing is dialable now (see Campaign.hopper).",
                Directives = DebtHubMutations.Authorize(Roles.Collector),
            },
            NextPreviewAsync)
        .AddDebtHubMutation(
            new MutationField("placePreviewCall", "result", "PlacementResult", [nameof(ContactBlockedError)])
            {
                Description = "Preview mode: calls the account you hold, through the compliance gate and the contact ledger.",
                Directives = DebtHubMutations.Authorize(Roles.Collector),
            },
            PreviewCallAsync);

    private static async Task<MutationResult> SettingsChangeAsync(MutationRequest request, Guid? campaignId)
    {
        var input = request.Input;
        var name = input.Text("name", Campaign.NameMaxLength, required: true);
        var settings = input.Object("settings") is { } reader ? Settings(reader) : null;
        if (settings is null)
        {
            input.Fail(new RequiredFieldError("Settings are required.", input.Path("settings")));
        }

        if (input.HasErrors || settings is null)
        {
            return request.Failure();
        }

        var service = request.Services.GetRequiredService<CampaignService>();
        var campaign = campaignId is { } id
            ? await service.UpdateAsync(id, name!, settings(), request.CancellationToken)
            : await service.CreateAsync(name!, settings(), request.CancellationToken);
        return MutationResult.Success(campaign);
    }

    private static async Task<MutationResult> StatusChangeAsync(MutationRequest request, Func<CampaignService, Guid, CancellationToken, Task<Campaign>> change)
    {
        var id = request.Input.Id("campaignId", "Campaign");
        if (request.Input.HasErrors)
        {
            return request.Failure();
        }

        return MutationResult.Success(await change(request.Services.GetRequiredService<CampaignService>(), id, request.CancellationToken));
    }

    private static async Task<MutationResult> NextPreviewAsync(MutationRequest request)
    {
        var id = request.Input.Id("campaignId", "Campaign");
        var collectorId = await CollectorIdAsync(request);
        if (request.Input.HasErrors)
        {
            return request.Failure();
        }

        var accountId = await request.Services.GetRequiredService<PreviewDialing>().NextAsync(id, collectorId, request.CancellationToken);
        var account = accountId is { } a ? await request.Db.Accounts.AsNoTracking().SingleAsync(x => x.Id == a, request.CancellationToken) : null;
        return MutationResult.Success(account);
    }

    private static async Task<MutationResult> PreviewCallAsync(MutationRequest request)
    {
        var id = request.Input.Id("campaignId", "Campaign");
        var accountId = request.Input.Id("accountId", "Account");
        var collectorId = await CollectorIdAsync(request);
        if (request.Input.HasErrors)
        {
            return request.Failure();
        }

        var placement = await request.Services.GetRequiredService<PreviewDialing>().CallAsync(id, accountId, collectorId, request.CancellationToken);
        // A confirm the ledger could not trust is NotPlaced with its rule: the collector is told why, as for a block.
        return placement.Result == PlacementResult.Blocked || placement.BlockedBy.Count > 0
            ? MutationResult.Failure(new ContactBlockedError(
                "The call may not be placed now: " + string.Join(" ", placement.BlockedBy.Select(b => $"{b.RuleId}: {b.Explanation}")),
                placement.BlockedBy,
                placement.NextLook))
            : MutationResult.Success(placement.Result);
    }

    private static async Task<Guid> CollectorIdAsync(MutationRequest request)
    {
        var userName = request.User?.UserName;
        var id = await request.Db.Collectors.Where(c => c.UserName == userName).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(request.CancellationToken);
        return id ?? throw new DomainException("NOT_A_COLLECTOR", "Only a collector on file can take preview accounts.");
    }

    /// <summary>
    /// Reads the settings input; the domain factories run when the returned function is called, so their refusals
    /// become typed errors (DomainException) after every input error was collected.
    /// </summary>
    private static Func<CampaignSettings>? Settings(InputReader input)
    {
        var mode = input.Enum<DialMode>("mode") ?? DialMode.Preview;
        var segment = input.Object("segment");
        var (creditors, portfolios, states) = segment is null ? ([], [], []) : (segment.Ids("creditorIds", "Creditor"), segment.Ids("portfolioIds", "Portfolio"), segment.Strings("states"));
        decimal? min = segment?.Has("minBalance") == true ? segment.Amount("minBalance", AmountRule.ZeroOrMore) : null;
        decimal? max = segment?.Has("maxBalance") == true ? segment.Amount("maxBalance", AmountRule.ZeroOrMore) : null;
        var hours = input.Object("callingHours");
        (TimeOnly Start, TimeOnly End, IReadOnlyList<DayOfWeek> Days)? window = null;
        if (hours is not null)
        {
            var start = Time(hours, "start");
            var end = Time(hours, "end");
            if (start is { } s && end is { } e)
            {
                window = (s, e, hours.Enums<DayOfWeek>("days"));
            }
        }

        var delays = new Dictionary<DialOutcome, TimeSpan>();
        foreach (var retry in input.Objects("retry"))
        {
            if (retry.Enum<DialOutcome>("outcome") is { } outcome && retry.Int("minutes") is { } minutes)
            {
                delays[outcome] = TimeSpan.FromMinutes(minutes);
            }
        }

        var callerIds = input.Strings("callerIds");
        var localPresence = input.Boolean("localPresence") ?? true;
        var maxAttempts = input.Int("maxAttempts") ?? RetryRules.Default.MaxAttempts;
        var amd = input.Boolean("answeringMachineDetection") ?? false;
        var voicemail = input.Object("voicemail");
        var (template, business, contact, callback) = voicemail is null
            ? (null, null, null, null)
            : (voicemail.Text("template", LimitedContentMessage.MaxLength * 2, required: true), voicemail.Text("businessName", 120, required: true),
               voicemail.Text("contactName", 80, required: true), voicemail.Text("callbackNumber", 20, required: true));
        var sorts = input.Objects("priority")
            .Select(p => new PrioritySort(p.Enum<PriorityKey>("key") ?? PriorityKey.Balance, p.Boolean("descending") ?? true))
            .ToList();
        decimal? target = input.Has("targetAbandonPercent") ? input.Amount("targetAbandonPercent") / 100m : null;
        decimal? ratio = input.Has("maxDialRatio") ? input.Amount("maxDialRatio") : null;
        if (input.HasErrors)
        {
            return null;
        }

        return () => new CampaignSettings(
            mode,
            CampaignSegment.Of(creditors, portfolios, states, min, max),
            window is { } w ? CallingHours.Of(w.Start, w.End, w.Days) : CallingHours.Lawful,
            mode == DialMode.Preview && callerIds.Count == 0 ? new CallerIdPool([], localPresence) : CallerIdPool.Of(callerIds, localPresence),
            RetryRules.Of(delays, maxAttempts),
            amd,
            voicemail is null ? VoicemailPolicy.HangUp : VoicemailPolicy.LeaveLimitedContentMessage(template, business, contact, callback),
            PriorityOrder.Of(sorts),
            PacingSettings.Of(target, ratio));
    }

    private static TimeOnly? Time(InputReader input, string field)
    {
        var text = input.Text(field, 5, required: true);
        if (text is not null && TimeOnly.TryParseExact(text, "HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var time))
        {
            return time;
        }

        if (text is not null)
        {
            input.Fail(new InvalidValueError($"\"{text}\" is not a time of day as HH:mm.", input.Path(field), "INVALID_TIME"));
        }

        return null;
    }
}

/// <summary>A contact the gate, the ledger or the campaign's hours refused now, with every rule and when to try again.</summary>
internal sealed record ContactBlockedError(string Message, IReadOnlyList<BlockingRule> BlockedBy, DateTimeOffset? NextAllowedAt) : IMutationError;
