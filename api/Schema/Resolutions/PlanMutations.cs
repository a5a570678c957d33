using DebtHub.Api.Schema.Mutations;
using DebtHub.Api.Security;
using DebtHub.Domain.Common;
using DebtHub.Domain.Resolutions.Plans;
using DebtHub.Domain.Resolutions.Promises;
using DebtHub.Domain.Resolutions.Scheduling;
using DebtHub.GraphQL.Conventions;
using DebtHub.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Api.Schema.Resolutions;

/// <summary>
/// Payment plans, settlements and promises to pay. Inside the creditor's guardrails a plan is active at once; beyond
/// them the collector asks for approval (requestApproval) and another person, a supervisor, decides.
/// </summary>
internal static class PlanMutations
{
    private const string Sdl = """
        "A payment plan for the whole balance: give exactly one of installmentCount and installmentAmount."
        input ProposePaymentPlanInput {
          accountId: ID!
          frequency: PaymentFrequency!
          "The first installment's due date: today or later."
          firstDueOn: Date!
          "Split the balance in this many installments; leftover cents go one each to the first installments."
          installmentCount: Int
          "Pay this much each time; the last installment carries what remains."
          installmentAmount: Amount
          "Days after each due date before an unpaid installment breaks the plan (0 to 15)."
          graceDays: Int! = 3
          "Send a plan beyond the creditor's guardrails to a supervisor instead of refusing it."
          requestApproval: Boolean! = false
        }

        "A settlement: the creditor accepts less than the balance, in one payment (installmentCount 1) or a short plan."
        input OfferSettlementInput {
          accountId: ID!
          "What the creditor accepts in full satisfaction; less than the balance."
          amount: Amount!
          installmentCount: Int! = 1
          frequency: PaymentFrequency! = MONTHLY
          firstDueOn: Date!
          graceDays: Int! = 3
          "Send a settlement below the creditor's floor to a supervisor instead of refusing it."
          requestApproval: Boolean! = false
        }

        input ApprovePaymentPlanInput {
          planId: ID!
          note: String
        }

        input RejectPaymentPlanInput {
          planId: ID!
          reason: String!
        }

        input CancelPaymentPlanInput {
          planId: ID!
          reason: String!
        }

        "One amount the debtor promises to pay on a day."
        input PromisedPaymentInput {
          dueOn: Date!
          amount: Amount!
        }

        "A promise to pay, taken on a call: one to twelve payments, on different days, not more than the balance."
        input RecordPromiseInput {
          accountId: ID!
          payments: [PromisedPaymentInput!]!
          graceDays: Int! = 3
        }

        input CancelPromiseInput {
          promiseId: ID!
          reason: String!
        }

        """;

    private static readonly string[] Workers = [Roles.Collector, Roles.Supervisor, Roles.Admin];

    public static SchemaBuilder AddPlanMutations(this SchemaBuilder schema) => schema
        .AddSdl(Sdl)
        .AddDebtHubMutation(
            new MutationField("proposePaymentPlan", "plan", "PaymentPlan", [nameof(InvalidAmountError)])
            {
                Description = "Creates a payment plan: active at once inside the creditor's guardrails, pending a supervisor beyond them (with requestApproval).",
                Directives = DebtHubMutations.Authorize(Workers),
                MoreFields = "account: Account",
            },
            request => ProposeAsync(request, PlanKind.Installments))
        .AddDebtHubMutation(
            new MutationField("offerSettlement", "plan", "PaymentPlan", [nameof(InvalidAmountError)])
            {
                Description = "Offers a settlement for less than the balance; below the creditor's floor it needs a supervisor's approval.",
                Directives = DebtHubMutations.Authorize(Workers),
                MoreFields = "account: Account",
            },
            request => ProposeAsync(request, PlanKind.Settlement))
        .AddDebtHubMutation(
            new MutationField("approvePaymentPlan", "plan", "PaymentPlan", [])
            {
                Description = "Approves a plan or settlement beyond the guardrails. Supervisors and admins, never the proposer.",
                Directives = DebtHubMutations.Authorize(Roles.Supervisor, Roles.Admin),
            },
            request => DecideAsync(request, approve: true))
        .AddDebtHubMutation(
            new MutationField("rejectPaymentPlan", "plan", "PaymentPlan", [])
            {
                Description = "Rejects a plan or settlement pending approval, with a reason. Supervisors and admins.",
                Directives = DebtHubMutations.Authorize(Roles.Supervisor, Roles.Admin),
            },
            request => DecideAsync(request, approve: false))
        .AddDebtHubMutation(
            new MutationField("cancelPaymentPlan", "plan", "PaymentPlan", [])
            {
                Description = "Cancels a pending or active plan, with a reason.",
                Directives = DebtHubMutations.Authorize(Workers),
            },
            CancelPlanAsync)
        .AddDebtHubMutation(
            new MutationField("recordPromise", "promise", "PromiseToPay", [nameof(InvalidAmountError)])
            {
                Description = "Records a promise to pay one or several amounts; the daily job marks it kept or broken.",
                Directives = DebtHubMutations.Authorize(Workers),
            },
            RecordPromiseAsync)
        .AddDebtHubMutation(
            new MutationField("cancelPromise", "promise", "PromiseToPay", [])
            {
                Description = "Cancels a pending promise, with a reason.",
                Directives = DebtHubMutations.Authorize(Workers),
            },
            CancelPromiseAsync);

    private static async Task<MutationResult> ProposeAsync(MutationRequest request, PlanKind kind)
    {
        var input = request.Input;
        var accountId = input.Id("accountId", "Account");
        var frequency = input.Enum<PaymentFrequency>("frequency") ?? PaymentFrequency.Monthly;
        var firstDueOn = input.Date("firstDueOn", required: true);
        var count = input.Int("installmentCount");
        var installment = input.Has("installmentAmount") ? input.Amount("installmentAmount") : (decimal?)null;
        var settlement = kind == PlanKind.Settlement ? input.Amount("amount") : (decimal?)null;
        var grace = input.Int("graceDays") ?? PlanRequest.DefaultGraceDays;
        if (firstDueOn is { } first && first < request.Today)
        {
            input.Fail(new InvalidValueError($"The first installment cannot be due in the past ({first:yyyy-MM-dd} is before {request.Today:yyyy-MM-dd}).",
                input.Path("firstDueOn"), "INVALID_DATE"));
        }

        if (count is < 1 or > InstallmentSchedule.MaximumInstallments)
        {
            input.Fail(new InvalidValueError($"A plan has between 1 and {InstallmentSchedule.MaximumInstallments} installments.",
                input.Path("installmentCount"), "INVALID_INSTALLMENT_COUNT"));
        }

        if (kind == PlanKind.Installments && (count is null) == (installment is null) && !input.HasErrors)
        {
            input.Fail(new RequiredFieldError("Give exactly one of installmentCount and installmentAmount.", input.Path("installmentCount")));
        }

        if (grace is < 0 or > PlanRequest.MaximumGraceDays)
        {
            input.Fail(new InvalidValueError($"Grace is between 0 and {PlanRequest.MaximumGraceDays} days.", input.Path("graceDays"), "INVALID_GRACE_DAYS"));
        }

        if (input.HasErrors)
        {
            return request.Failure();
        }

        var account = await request.AccountAsync(accountId, "accountId");
        var rules = (await request.Db.Creditors.AsNoTracking().FirstAsync(c => c.Id == account.CreditorId, request.CancellationToken)).Rules;
        Func<decimal?, Money?> money = amount => amount is { } a ? new Money(a, account.Currency) : null;
        var plan = PaymentPlan.Propose(account, rules,
            new PlanRequest(kind, frequency, firstDueOn!.Value, count, money(installment), money(settlement), grace, input.Boolean("requestApproval") ?? false),
            request.Actor(), request.Now);
        request.Db.PaymentPlans.Add(plan);
        request.Changed(kind == PlanKind.Settlement ? "settlement.offered" : "plan.proposed", "PaymentPlan", plan.Id, account.Id);
        await request.SaveAsync();
        return MutationResult.Success(plan, new Dictionary<string, object?> { ["account"] = account });
    }

    private static async Task<MutationResult> DecideAsync(MutationRequest request, bool approve)
    {
        var input = request.Input;
        var planId = input.Id("planId", "PaymentPlan");
        var note = approve ? input.Text("note", 500, multiline: true) : input.Text("reason", 500, required: true, multiline: true);
        if (input.HasErrors)
        {
            return request.Failure();
        }

        var plans = request.Db.PaymentPlans.Include(p => p.Installments).Where(p => p.Id == planId);
        var account = await request.OwningAccountAsync(plans, p => p.AccountId, planId, "planId", "PaymentPlan");
        var plan = await plans.FirstAsync(request.CancellationToken);
        if (approve)
        {
            // Guardrails protect the creditor; the account must still be collectible when the supervisor decides.
            if (account.IsFinished)
            {
                return MutationResult.Failure(new ConflictError($"The account is {account.Status}; the plan can no longer start.", "ACCOUNT_FINISHED"));
            }

            plan.Approve(request.Actor(), note, request.Now);
        }
        else
        {
            plan.Reject(request.Actor(), note!, request.Now);
        }

        request.Changed(approve ? "plan.approved" : "plan.rejected", "PaymentPlan", plan.Id, account.Id);
        await request.SaveAsync();
        return MutationResult.Success(plan);
    }

    private static async Task<MutationResult> CancelPlanAsync(MutationRequest request)
    {
        var input = request.Input;
        var planId = input.Id("planId", "PaymentPlan");
        var reason = input.Text("reason", 500, required: true, multiline: true);
        if (input.HasErrors)
        {
            return request.Failure();
        }

        var plans = request.Db.PaymentPlans.Include(p => p.Installments).Where(p => p.Id == planId);
        var account = await request.OwningAccountAsync(plans, p => p.AccountId, planId, "planId", "PaymentPlan");
        var plan = await plans.FirstAsync(request.CancellationToken);
        plan.Cancel(request.Actor(), reason!, request.Now);
        request.Changed("plan.cancelled", "PaymentPlan", plan.Id, account.Id);
        await request.SaveAsync();
        return MutationResult.Success(plan);
    }

    private static async Task<MutationResult> RecordPromiseAsync(MutationRequest request)
    {
        var input = request.Input;
        var accountId = input.Id("accountId", "Account");
        var grace = input.Int("graceDays") ?? 3;
        var lines = new List<(DateOnly DueOn, decimal Amount)>();
        foreach (var line in input.Objects("payments"))
        {
            var dueOn = line.Date("dueOn", required: true);
            var amount = line.Amount("amount");
            if (dueOn is { } due && due < request.Today)
            {
                input.Fail(new InvalidValueError($"A promised payment cannot be due in the past ({due:yyyy-MM-dd}).", line.Path("dueOn"), "INVALID_DATE"));
            }
            else if (dueOn is { } d)
            {
                lines.Add((d, amount));
            }
        }

        if (!input.HasErrors && lines.Count is < 1 or > PromiseToPay.MaximumPayments)
        {
            input.Fail(new InvalidValueError($"A promise has between 1 and {PromiseToPay.MaximumPayments} payments.", input.Path("payments"), "INVALID_PROMISE"));
        }

        if (input.HasErrors)
        {
            return request.Failure();
        }

        var account = await request.AccountAsync(accountId, "accountId");
        var promise = PromiseToPay.Record(account, lines.Select(l => (l.DueOn, new Money(l.Amount, account.Currency))).ToList(), grace, request.Actor(), request.Now);
        request.Db.PromisesToPay.Add(promise);
        request.Changed("promise.recorded", "PromiseToPay", promise.Id, account.Id);
        await request.SaveAsync();
        return MutationResult.Success(promise);
    }

    private static async Task<MutationResult> CancelPromiseAsync(MutationRequest request)
    {
        var input = request.Input;
        var promiseId = input.Id("promiseId", "PromiseToPay");
        var reason = input.Text("reason", 500, required: true, multiline: true);
        if (input.HasErrors)
        {
            return request.Failure();
        }

        var promises = request.Db.PromisesToPay.Include(p => p.Payments).Where(p => p.Id == promiseId);
        var account = await request.OwningAccountAsync(promises, p => p.AccountId, promiseId, "promiseId", "PromiseToPay");
        var promise = await promises.FirstAsync(request.CancellationToken);
        promise.Cancel(reason!, request.Now);
        request.Changed("promise.cancelled", "PromiseToPay", promise.Id, account.Id);
        await request.SaveAsync();
        return MutationResult.Success(promise);
    }
}
