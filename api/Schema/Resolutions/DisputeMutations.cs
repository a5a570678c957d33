using DebtHub.Api.Schema.Mutations;
using DebtHub.Api.Security;
using DebtHub.Domain.Resolutions.Complaints;
using DebtHub.Domain.Resolutions.Disputes;
using DebtHub.GraphQL.Conventions;
using DebtHub.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Api.Schema.Resolutions;

/// <summary>
/// Disputes (12 CFR 1006.38) and the complaints log. A timely written dispute puts a dispute hold on the account, which
/// stops collection until verification is recorded; a duplicate places no second hold.
/// </summary>
internal static class DisputeMutations
{
    private const string Sdl = """
        "A dispute the consumer made, orally on a call or in writing."
        input RecordDisputeInput {
          accountId: ID!
          channel: DisputeChannel!
          reason: DisputeReason!
          "What the consumer says, in a sentence or two."
          summary: String!
          "When we received it; today unless given. Timeliness is judged against the validation period's end."
          receivedOn: Date
          "The consumer brings something new (documents, a different account of events): never a duplicate then."
          hasNewInformation: Boolean! = false
        }

        "Verification (or the original creditor's name and address) was sent: the dispute hold lifts."
        input RecordDisputeVerificationInput {
          disputeId: ID!
          "What was sent, and how."
          summary: String!
        }

        "The consumer withdrew the dispute: its hold lifts when no other open dispute needs it."
        input WithdrawDisputeInput {
          disputeId: ID!
        }

        "A complaint about us or the debt: about an account (accountId) or a debtor as a whole (debtorId)."
        input LogComplaintInput {
          accountId: ID
          debtorId: ID
          category: ComplaintCategory!
          channel: ComplaintChannel!
          summary: String!
          "When we received it; today unless given."
          receivedOn: Date
          "When an answer is due; by default 15 days for CFPB and state-regulator complaints, 30 for others."
          dueOn: Date
        }

        input ResolveComplaintInput {
          complaintId: ID!
          resolution: String!
        }

        """;

    private static readonly string[] Workers = [Roles.Collector, Roles.Supervisor, Roles.Admin];

    public static SchemaBuilder AddDisputeMutations(this SchemaBuilder schema) => schema
        .AddSdl(Sdl)
        .AddDebtHubMutation(
            new MutationField("recordDispute", "dispute", "Dispute", [])
            {
                Description = "Records a dispute: a timely written one holds collection until verification; a repeat with nothing new is recognised as a duplicate.",
                Directives = DebtHubMutations.Authorize(Workers),
                MoreFields = """
                    account: Account
                    "True when this dispute repeats an earlier one with nothing new (12 CFR 1006.38(d)(2)(ii))."
                    duplicate: Boolean
                    "True when collection on the account is on hold for a dispute after this one."
                    collectionOnHold: Boolean
                    """,
            },
            RecordDisputeAsync)
        .AddDebtHubMutation(
            new MutationField("recordDisputeVerification", "dispute", "Dispute", [])
            {
                Description = "Records that verification was sent; the dispute hold lifts when no other open dispute needs it.",
                Directives = DebtHubMutations.Authorize(Workers),
                MoreFields = "account: Account",
            },
            RecordVerificationAsync)
        .AddDebtHubMutation(
            new MutationField("withdrawDispute", "dispute", "Dispute", [])
            {
                Description = "Records that the consumer withdrew an open dispute; the dispute hold lifts when no other open dispute needs it.",
                Directives = DebtHubMutations.Authorize(Workers),
                MoreFields = "account: Account",
            },
            WithdrawAsync)
        .AddDebtHubMutation(
            new MutationField("logComplaint", "complaint", "Complaint", [])
            {
                Description = "Logs a complaint with its category, channel and due date.",
                Directives = DebtHubMutations.Authorize(Workers),
            },
            LogComplaintAsync)
        .AddDebtHubMutation(
            new MutationField("resolveComplaint", "complaint", "Complaint", [])
            {
                Description = "Records how a complaint was resolved.",
                Directives = DebtHubMutations.Authorize(Workers),
            },
            ResolveComplaintAsync);

    private static async Task<MutationResult> RecordDisputeAsync(MutationRequest request)
    {
        var input = request.Input;
        var accountId = input.Id("accountId", "Account");
        var channel = input.Enum<DisputeChannel>("channel") ?? DisputeChannel.Oral;
        var reason = input.Enum<DisputeReason>("reason") ?? DisputeReason.Other;
        var summary = input.Text("summary", 2000, required: true, multiline: true);
        var receivedOn = input.Date("receivedOn", notAfter: request.Today) ?? request.Today;
        if (input.HasErrors)
        {
            return request.Failure();
        }

        var account = await request.AccountAsync(accountId, "accountId");
        var earlier = await request.Db.Disputes.Where(d => d.AccountId == accountId).ToListAsync(request.CancellationToken);
        var dispute = Dispute.Record(account, channel, reason, summary!, receivedOn, input.Boolean("hasNewInformation") ?? false,
            earlier, request.Actor(), request.Now);
        request.Db.Disputes.Add(dispute);
        request.Changed("dispute.recorded", "Dispute", dispute.Id, account.Id);
        await request.SaveAsync();
        return MutationResult.Success(dispute, new Dictionary<string, object?>
        {
            ["account"] = account,
            ["duplicate"] = dispute.Status == DisputeStatus.Duplicate,
            ["collectionOnHold"] = account.ActiveHolds.Any(h => h.Kind == Domain.Accounts.HoldKind.Dispute),
        });
    }

    private static async Task<MutationResult> RecordVerificationAsync(MutationRequest request)
    {
        var input = request.Input;
        var disputeId = input.Id("disputeId", "Dispute");
        var summary = input.Text("summary", 2000, required: true, multiline: true);
        if (input.HasErrors)
        {
            return request.Failure();
        }

        var (dispute, all, account) = await LoadAsync(request, disputeId);
        dispute.RecordVerification(account, summary!, all, request.Actor(), request.Now);
        request.Changed("dispute.verified", "Dispute", dispute.Id, account.Id);
        await request.SaveAsync();
        return MutationResult.Success(dispute, new Dictionary<string, object?> { ["account"] = account });
    }

    private static async Task<MutationResult> WithdrawAsync(MutationRequest request)
    {
        var input = request.Input;
        var disputeId = input.Id("disputeId", "Dispute");
        if (input.HasErrors)
        {
            return request.Failure();
        }

        var (dispute, all, account) = await LoadAsync(request, disputeId);
        dispute.Withdraw(account, all, request.Actor(), request.Now);
        request.Changed("dispute.withdrawn", "Dispute", dispute.Id, account.Id);
        await request.SaveAsync();
        return MutationResult.Success(dispute, new Dictionary<string, object?> { ["account"] = account });
    }

    /// <summary>The dispute, every dispute of its account (one hold may serve several) and the account, tracked.</summary>
    private static async Task<(Dispute Dispute, List<Dispute> All, Domain.Accounts.Account Account)> LoadAsync(MutationRequest request, Guid disputeId)
    {
        var account = await request.OwningAccountAsync(request.Db.Disputes.Where(d => d.Id == disputeId), d => d.AccountId, disputeId, "disputeId", "Dispute");
        var all = await request.Db.Disputes.Where(d => d.AccountId == account.Id).ToListAsync(request.CancellationToken);
        return (all.First(d => d.Id == disputeId), all, account);
    }

    private static async Task<MutationResult> LogComplaintAsync(MutationRequest request)
    {
        var input = request.Input;
        var accountId = input.OptionalId("accountId", "Account");
        var debtorId = input.OptionalId("debtorId", "Debtor");
        var category = input.Enum<ComplaintCategory>("category") ?? ComplaintCategory.Other;
        var channel = input.Enum<ComplaintChannel>("channel") ?? ComplaintChannel.Phone;
        var summary = input.Text("summary", 4000, required: true, multiline: true);
        var receivedOn = input.Date("receivedOn", notAfter: request.Today) ?? request.Today;
        var dueOn = input.Date("dueOn");
        if (accountId is null && debtorId is null && !input.HasErrors)
        {
            input.Fail(new RequiredFieldError("A complaint is about an account or a debtor: give accountId or debtorId.", input.Path("accountId")));
        }

        if (dueOn is { } due && due < receivedOn)
        {
            input.Fail(new InvalidValueError("A complaint cannot be due before it was received.", input.Path("dueOn"), "INVALID_DATE"));
        }

        if (input.HasErrors)
        {
            return request.Failure();
        }

        var debtor = await request.DebtorOfAsync(accountId, debtorId);

        var complaint = Complaint.Log(debtor, accountId, category, channel, summary!, receivedOn, dueOn, request.Actor(), request.Now);
        request.Db.Complaints.Add(complaint);
        request.Audit("complaint.logged", "Complaint", complaint.Id, ids: new Dictionary<string, Guid> { ["debtorId"] = debtor });
        await request.SaveAsync();
        return MutationResult.Success(complaint);
    }

    private static async Task<MutationResult> ResolveComplaintAsync(MutationRequest request)
    {
        var input = request.Input;
        var complaintId = input.Id("complaintId", "Complaint");
        var resolution = input.Text("resolution", 4000, required: true, multiline: true);
        if (input.HasErrors)
        {
            return request.Failure();
        }

        var complaint = await request.Db.Complaints.FirstOrDefaultAsync(c => c.Id == complaintId, request.CancellationToken);
        if (complaint is null)
        {
            input.NotFound("complaintId", "Complaint", complaintId);
            return request.Failure();
        }

        await request.RequireDebtorAccessAsync(complaint.DebtorId, "complaintId");
        complaint.Resolve(resolution!, request.Actor(), request.Now);
        request.Audit("complaint.resolved", "Complaint", complaint.Id, ids: new Dictionary<string, Guid> { ["debtorId"] = complaint.DebtorId });
        await request.SaveAsync();
        return MutationResult.Success(complaint);
    }
}
