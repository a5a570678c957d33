using DebtHub.Api.Schema.Mutations;
using DebtHub.Api.Security;
using DebtHub.Domain.Common;
using DebtHub.Domain.Resolutions.Legal;
using DebtHub.GraphQL.Conventions;
using DebtHub.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Api.Schema.Resolutions;

/// <summary>
/// Legal referrals with the judgments and liens that follow. A referral for suit on a time-barred debt (or one whose
/// limitation date is unknown) is refused with the reason (12 CFR 1006.26(b)).
/// </summary>
internal static class LegalMutations
{
    private const string Sdl = """
        "Send an account to an attorney (named) or to our legal queue."
        input ReferToLegalInput {
          accountId: ID!
          venue: LegalVenue!
          purpose: LegalPurpose!
          "Required for ATTORNEY: the attorney's name, firm and contact."
          attorney: String
          reason: String!
        }

        "The suit an attorney filed on a referral for suit; refused on a time-barred debt (12 CFR 1006.26(b))."
        input FileSuitInput {
          referralId: ID!
          court: String!
          caseNumber: String!
          "The filing date, not in the future; the limitation date is checked against it."
          filedOn: Date!
        }

        input RecordJudgmentInput {
          referralId: ID!
          court: String!
          caseNumber: String!
          amount: Amount!
          enteredOn: Date!
        }

        input RecordLienInput {
          referralId: ID!
          "What the lien attaches to and its kind, e.g. \"Judgment lien on 12 Main St\"."
          description: String!
          "Where it was recorded: county recorder, secretary of state."
          jurisdiction: String!
          instrumentNumber: String
          amount: Amount!
          recordedOn: Date!
        }

        input ReleaseLienInput {
          lienId: ID!
          "Not in the future, nor before the lien was recorded."
          releasedOn: Date!
        }

        "How a referral ends: legal work is done (CLOSED) or the account is taken back from the attorney (RECALLED)."
        enum LegalReferralOutcome { CLOSED RECALLED }

        input CloseLegalReferralInput {
          referralId: ID!
          outcome: LegalReferralOutcome!
          reason: String!
        }

        """;

    private static readonly string[] Deciders = [Roles.Supervisor, Roles.Admin];

    private enum LegalReferralOutcome
    {
        Closed,
        Recalled,
    }

    public static SchemaBuilder AddLegalMutations(this SchemaBuilder schema) => schema
        .AddSdl(Sdl)
        .BindEnum<LegalReferralOutcome>("LegalReferralOutcome")
        .AddDebtHubMutation(
            new MutationField("referToLegal", "referral", "LegalReferral", [])
            {
                Description = "Refers an account to an attorney or the legal queue; a suit on a time-barred debt is refused with the reason. Supervisors and admins.",
                Directives = DebtHubMutations.Authorize(Deciders),
            },
            ReferAsync)
        .AddDebtHubMutation(
            new MutationField("recordJudgment", "judgment", "Judgment", [nameof(InvalidAmountError)])
            {
                Description = "Records a judgment entered on a referred debt.",
                Directives = DebtHubMutations.Authorize(Deciders),
                MoreFields = "referral: LegalReferral",
            },
            RecordJudgmentAsync)
        .AddDebtHubMutation(
            new MutationField("recordLien", "lien", "Lien", [nameof(InvalidAmountError)])
            {
                Description = "Records a lien securing a referred debt or its judgment.",
                Directives = DebtHubMutations.Authorize(Deciders),
                MoreFields = "referral: LegalReferral",
            },
            RecordLienAsync)
        .AddDebtHubMutation(
            new MutationField("fileSuit", "referral", "LegalReferral", [])
            {
                Description = "Records the suit filed on a referral for suit; a time-barred debt (or one with no limitation date) is refused with the reason.",
                Directives = DebtHubMutations.Authorize(Deciders),
                MoreFields = "account: Account",
            },
            FileSuitAsync)
        .AddDebtHubMutation(
            new MutationField("releaseLien", "lien", "Lien", [])
            {
                Description = "Records that a lien was released.",
                Directives = DebtHubMutations.Authorize(Deciders),
                MoreFields = "referral: LegalReferral",
            },
            ReleaseLienAsync)
        .AddDebtHubMutation(
            new MutationField("closeLegalReferral", "referral", "LegalReferral", [])
            {
                Description = "Closes a referral when legal work is done, or recalls the account from the attorney; the account's status follows.",
                Directives = DebtHubMutations.Authorize(Deciders),
                MoreFields = "account: Account",
            },
            CloseAsync);

    private static async Task<MutationResult> ReferAsync(MutationRequest request)
    {
        var input = request.Input;
        var accountId = input.Id("accountId", "Account");
        var venue = input.Enum<LegalVenue>("venue") ?? LegalVenue.LegalQueue;
        var purpose = input.Enum<LegalPurpose>("purpose") ?? LegalPurpose.Review;
        var attorney = input.Text("attorney", 300);
        var reason = input.Text("reason", 1000, required: true, multiline: true);
        if (venue == LegalVenue.Attorney && attorney is null && !input.HasErrors)
        {
            input.Fail(new RequiredFieldError("A referral to an attorney needs the attorney's name and firm.", input.Path("attorney")));
        }

        if (input.HasErrors)
        {
            return request.Failure();
        }

        var account = await request.AccountAsync(accountId, "accountId", tracked: false);
        var referral = LegalReferral.Refer(account, venue, purpose, attorney, reason!, request.Actor(), request.Now);
        request.Db.LegalReferrals.Add(referral);
        request.Changed("legal.referred", "LegalReferral", referral.Id, account.Id);
        await request.SaveAsync();
        return MutationResult.Success(referral);
    }

    private static async Task<MutationResult> RecordJudgmentAsync(MutationRequest request)
    {
        var input = request.Input;
        var referralId = input.Id("referralId", "LegalReferral");
        var court = input.Text("court", 200, required: true);
        var caseNumber = input.Text("caseNumber", 100, required: true);
        var amount = input.Amount("amount");
        var enteredOn = input.Date("enteredOn", required: true, notAfter: request.Today);
        if (input.HasErrors)
        {
            return request.Failure();
        }

        var (referral, currency) = await LoadAsync(request, referralId);
        var judgment = referral.RecordJudgment(court!, caseNumber!, new Money(amount, currency), enteredOn!.Value, request.Actor(), request.Now);
        request.Changed("legal.judgment.recorded", "LegalReferral", referral.Id, referral.AccountId);
        await request.SaveAsync();
        return MutationResult.Success(judgment, new Dictionary<string, object?> { ["referral"] = referral });
    }

    private static async Task<MutationResult> RecordLienAsync(MutationRequest request)
    {
        var input = request.Input;
        var referralId = input.Id("referralId", "LegalReferral");
        var description = input.Text("description", 500, required: true);
        var jurisdiction = input.Text("jurisdiction", 200, required: true);
        var instrument = input.Text("instrumentNumber", 100);
        var amount = input.Amount("amount");
        var recordedOn = input.Date("recordedOn", required: true, notAfter: request.Today);
        if (input.HasErrors)
        {
            return request.Failure();
        }

        var (referral, currency) = await LoadAsync(request, referralId);
        var lien = referral.RecordLien(description!, jurisdiction!, instrument, new Money(amount, currency), recordedOn!.Value, request.Actor(), request.Now);
        request.Changed("legal.lien.recorded", "LegalReferral", referral.Id, referral.AccountId);
        await request.SaveAsync();
        return MutationResult.Success(lien, new Dictionary<string, object?> { ["referral"] = referral });
    }

    private static async Task<MutationResult> FileSuitAsync(MutationRequest request)
    {
        var input = request.Input;
        var referralId = input.Id("referralId", "LegalReferral");
        var court = input.Text("court", 200, required: true);
        var caseNumber = input.Text("caseNumber", 100, required: true);
        var filedOn = input.Date("filedOn", required: true, notAfter: request.Today);
        if (input.HasErrors)
        {
            return request.Failure();
        }

        var (referral, account) = await LoadWithAccountAsync(request, request.Db.LegalReferrals.Where(r => r.Id == referralId), referralId, "referralId");
        referral.RecordSuitFiled(account, court!, caseNumber!, filedOn!.Value, request.Now);
        request.Changed("legal.suit.filed", "LegalReferral", referral.Id, account.Id);
        await request.SaveAsync();
        return MutationResult.Success(referral, new Dictionary<string, object?> { ["account"] = account });
    }

    private static async Task<MutationResult> ReleaseLienAsync(MutationRequest request)
    {
        var input = request.Input;
        var lienId = input.Id("lienId", "Lien");
        var releasedOn = input.Date("releasedOn", required: true, notAfter: request.Today);
        if (input.HasErrors)
        {
            return request.Failure();
        }

        var referrals = request.Db.LegalReferrals.Include(r => r.Judgments).Include(r => r.Liens).Where(r => r.Liens.Any(l => l.Id == lienId));
        var (referral, account) = await LoadWithAccountAsync(request, referrals, lienId, "lienId", "Lien");
        referral.ReleaseLien(lienId, releasedOn!.Value, request.Now);
        request.Changed("legal.lien.released", "LegalReferral", referral.Id, account.Id);
        await request.SaveAsync();
        return MutationResult.Success(referral.Liens.First(l => l.Id == lienId), new Dictionary<string, object?> { ["referral"] = referral });
    }

    private static async Task<MutationResult> CloseAsync(MutationRequest request)
    {
        var input = request.Input;
        var referralId = input.Id("referralId", "LegalReferral");
        var outcome = input.Enum<LegalReferralOutcome>("outcome") ?? LegalReferralOutcome.Closed;
        var reason = input.Text("reason", 500, required: true, multiline: true);
        if (input.HasErrors)
        {
            return request.Failure();
        }

        var (referral, account) = await LoadWithAccountAsync(request, request.Db.LegalReferrals.Where(r => r.Id == referralId), referralId, "referralId");
        referral.Close(outcome == LegalReferralOutcome.Recalled, reason!, request.Now);
        request.Changed(outcome == LegalReferralOutcome.Recalled ? "legal.recalled" : "legal.closed", "LegalReferral", referral.Id, account.Id);
        await request.SaveAsync();
        return MutationResult.Success(referral, new Dictionary<string, object?> { ["account"] = account });
    }

    private static async Task<(LegalReferral Referral, string Currency)> LoadAsync(MutationRequest request, Guid referralId)
    {
        var referrals = request.Db.LegalReferrals.Include(r => r.Judgments).Include(r => r.Liens).Where(r => r.Id == referralId);
        var (referral, account) = await LoadWithAccountAsync(request, referrals, referralId, "referralId");
        return (referral, account.Currency);
    }

    /// <summary>The referral (tracked) and its account, with the caller's visibility; a NotFoundError on <paramref name="field"/> otherwise.</summary>
    private static async Task<(LegalReferral Referral, Domain.Accounts.Account Account)> LoadWithAccountAsync(
        MutationRequest request, IQueryable<LegalReferral> referrals, Guid id, string field, string typeName = "LegalReferral")
    {
        var account = await request.OwningAccountAsync(referrals, r => r.AccountId, id, field, typeName);
        return (await referrals.FirstAsync(request.CancellationToken), account);
    }
}
