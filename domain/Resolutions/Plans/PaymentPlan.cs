using DebtHub.Domain.Accounts;
using DebtHub.Domain.Common;
using DebtHub.Domain.Creditors;
using DebtHub.Domain.Resolutions.Scheduling;

namespace DebtHub.Domain.Resolutions.Plans;

/// <summary>
/// An agreement to pay an account in installments: the whole balance, or a settlement for less. Inside the creditor's
/// guardrails it is active at once; beyond them the collector must ask for approval and a supervisor other than the
/// proposer approves or rejects it. A daily evaluation marks each installment kept or broken after the grace days.
/// </summary>
public sealed class PaymentPlan : IShapesAccountStatus
{
    /// <summary>No supervisor may approve a plan longer than the longest term any creditor may set.</summary>
    public const int AbsoluteMaximumTermMonths = 120;

    private readonly List<PlanInstallment> _installments = [];

    private PaymentPlan()
    {
        Currency = CurrencyCode.UsDollar;
        ProposedBy = string.Empty;
        ApprovalReasons = [];
    }

    public Guid Id { get; private set; }

    public Guid AccountId { get; private set; }

    public PlanKind Kind { get; private set; }

    public PlanStatus Status { get; private set; }

    public PaymentFrequency Frequency { get; private set; }

    public string Currency { get; private set; }

    /// <summary>The account's balance when the plan was proposed.</summary>
    public decimal BalanceAtProposal { get; private set; }

    /// <summary>What the installments add up to: the balance, or the settlement amount.</summary>
    public decimal TotalAmount { get; private set; }

    public int GraceDays { get; private set; }

    /// <summary>The day the plan was agreed with the debtor; payments from this day on count toward it.</summary>
    public DateOnly AgreedOn { get; private set; }

    public string ProposedBy { get; private set; }

    public DateTimeOffset ProposedAt { get; private set; }

    /// <summary>Why the plan needed a supervisor: the guardrails it goes beyond, one message each.</summary>
    public IReadOnlyList<string> ApprovalReasons { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecisionNote { get; private set; }

    public DateTimeOffset? BrokenAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public IReadOnlyList<PlanInstallment> Installments => _installments;

    public bool IsOpen => Status is PlanStatus.PendingApproval or PlanStatus.Active;

    public static PaymentPlan Propose(Account account, CreditorRules rules, PlanRequest request, Actor proposedBy, DateTimeOffset now)
    {
        ResolutionGuards.RequireCollectible(account);
        var today = ResolutionGuards.Today(now);
        var balance = account.Balance.Amount;
        if (balance <= 0m)
        {
            throw new DomainException("NOTHING_OWED", "The account owes nothing; there is nothing to plan.");
        }

        if (request.FirstDueOn < today)
        {
            throw new DomainException("INVALID_DATE", "The first installment cannot be due in the past.");
        }

        if (request.GraceDays is < 0 or > PlanRequest.MaximumGraceDays)
        {
            throw new DomainException("INVALID_GRACE_DAYS", $"Grace is between 0 and {PlanRequest.MaximumGraceDays} days.");
        }

        var total = PlanTotal(account, request, balance);
        var schedule = BuildSchedule(account, request, total);
        if (schedule[^1].DueOn > today.AddMonths(AbsoluteMaximumTermMonths))
        {
            throw new DomainException("TERM_TOO_LONG", $"A plan cannot run longer than {AbsoluteMaximumTermMonths} months, even with approval.");
        }

        var breaches = PlanGuardrails.Check(rules, request.Kind, balance, total, schedule, today);
        if (breaches.Count > 0 && !request.RequestApproval)
        {
            throw new DomainException("OUTSIDE_GUARDRAILS",
                "The plan goes beyond the creditor's guardrails and needs a supervisor's approval: " + string.Join(" ", breaches.Select(b => b.Message)));
        }

        var plan = new PaymentPlan
        {
            Id = Ids.New(now),
            AccountId = account.Id,
            Kind = request.Kind,
            Status = breaches.Count > 0 ? PlanStatus.PendingApproval : PlanStatus.Active,
            Frequency = request.Frequency,
            Currency = account.Currency,
            BalanceAtProposal = balance,
            TotalAmount = total,
            GraceDays = request.GraceDays,
            AgreedOn = today,
            ProposedBy = proposedBy.UserName,
            ProposedAt = now,
            ApprovalReasons = breaches.Select(b => b.Message).ToArray(),
        };
        for (var i = 0; i < schedule.Count; i++)
        {
            plan._installments.Add(PlanInstallment.Create(plan.Id, i + 1, schedule[i], now));
        }

        return plan;
    }

    public void Approve(Actor supervisor, string? note, DateTimeOffset now)
    {
        Decide(supervisor, now);
        DecisionNote = Text.Optional(note, "Approval note", 500);
        Status = PlanStatus.Active;
    }

    public void Reject(Actor supervisor, string reason, DateTimeOffset now)
    {
        var why = Text.Required(reason, "Reason for rejecting", 500);
        Decide(supervisor, now);
        DecisionNote = why;
        Status = PlanStatus.Rejected;
    }

    public void Cancel(Actor actor, string reason, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw new DomainException("PLAN_NOT_OPEN", $"The plan is {Status}; only a pending or active plan can be cancelled.");
        }

        DecisionNote = Text.Required(reason, "Reason for cancelling", 500);
        DecidedBy = actor.UserName;
        DecidedAt = now;
        CancelledAt = now;
        Status = PlanStatus.Cancelled;
    }

    /// <summary>
    /// A payment the plan counted did not clear (NSF, chargeback): a completed plan is active again, so the next evaluation
    /// judges it from the ledger as it now stands. Returns true when the plan reopened.
    /// </summary>
    public bool ReopenAfterReversal()
    {
        if (Status != PlanStatus.Completed)
        {
            return false;
        }

        Status = PlanStatus.Active;
        CompletedAt = null;
        return true;
    }

    /// <summary>
    /// Marks installments kept or broken from the payments received since the plan was agreed. The first broken
    /// installment breaks the plan; a plan whose installments are all kept is completed.
    /// </summary>
    public PlanEvaluation Evaluate(IReadOnlyList<ReceivedPayment> payments, DateOnly today, DateTimeOffset now)
    {
        if (Status != PlanStatus.Active)
        {
            return new PlanEvaluation(0, false, false);
        }

        // A database returns the installments in no particular order; money is applied in due order.
        _installments.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        var counted = payments.Where(p => p.EffectiveOn >= AgreedOn).ToList();
        var verdicts = ScheduleEvaluator.Evaluate(_installments.Select(i => i.Scheduled).ToList(), counted, GraceDays, today);
        var changed = 0;
        for (var i = 0; i < _installments.Count; i++)
        {
            changed += _installments[i].Apply(verdicts[i], now) ? 1 : 0;
        }

        if (verdicts.Any(v => v.Status == ScheduledPaymentStatus.Broken))
        {
            Status = PlanStatus.Broken;
            BrokenAt = now;
            return new PlanEvaluation(changed, true, false);
        }

        if (verdicts.All(v => v.Status == ScheduledPaymentStatus.Kept))
        {
            Status = PlanStatus.Completed;
            CompletedAt = now;
            return new PlanEvaluation(changed, false, true);
        }

        return new PlanEvaluation(changed, false, false);
    }

    private void Decide(Actor supervisor, DateTimeOffset now)
    {
        if (Status != PlanStatus.PendingApproval)
        {
            throw new DomainException("PLAN_NOT_PENDING", $"The plan is {Status}; only a plan pending approval can be approved or rejected.");
        }

        if (!supervisor.IsSupervisor)
        {
            throw new DomainException("NOT_A_SUPERVISOR", "Only a supervisor can approve or reject a plan beyond the creditor's guardrails.");
        }

        if (string.Equals(supervisor.UserName, ProposedBy, StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainException("OWN_PROPOSAL", "A plan beyond the guardrails needs a second person: you cannot decide your own proposal.");
        }

        DecidedBy = supervisor.UserName;
        DecidedAt = now;
    }

    private static decimal PlanTotal(Account account, PlanRequest request, decimal balance)
    {
        if (request.Kind == PlanKind.Installments)
        {
            if (request.SettlementAmount is not null)
            {
                throw new DomainException("INVALID_PLAN", "An installment plan covers the whole balance; propose a settlement to accept less.");
            }

            if (decimal.Round(balance, 2) != balance)
            {
                throw new DomainException("INVALID_AMOUNT", "The balance has fractions of a cent; adjust it before planning.");
            }

            return balance;
        }

        var settlement = request.SettlementAmount
                         ?? throw new DomainException("REQUIRED", "A settlement needs the amount the creditor will accept.");
        var amount = ResolutionGuards.RequireCents(settlement, account.Currency, "The settlement amount");
        if (amount >= balance)
        {
            throw new DomainException("INVALID_AMOUNT", $"A settlement must be less than the balance of {balance:0.00}; propose an installment plan instead.");
        }

        return amount;
    }

    private static IReadOnlyList<ScheduledPayment> BuildSchedule(Account account, PlanRequest request, decimal total)
    {
        return (request.InstallmentCount, request.InstallmentAmount) switch
        {
            ({ } count, null) => InstallmentSchedule.ByCount(total, count, request.Frequency, request.FirstDueOn),
            (null, { } amount) => InstallmentSchedule.ByAmount(
                total, ResolutionGuards.RequireCents(amount, account.Currency, "The installment amount"), request.Frequency, request.FirstDueOn),
            _ => throw new DomainException("INVALID_PLAN", "Give exactly one of the number of installments and the installment amount."),
        };
    }
}
