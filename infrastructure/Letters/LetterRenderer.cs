using System.Globalization;
using System.Net;
using System.Text;
using DebtHub.Domain.Resolutions.Letters;
using DebtHub.Domain.Resolutions.Plans;

namespace DebtHub.Infrastructure.Letters;

/// <summary>
/// Renders letters as printable HTML (one page per letter, print CSS, no scripts). Every value is HTML-encoded: names and
/// creditors come from placement files and may hold anything.
/// </summary>
internal static class LetterRenderer
{
    private const string Style = """
        <style>
          @page { size: letter; margin: 0.75in; }
          body { font-family: Georgia, serif; font-size: 11pt; color: #000; max-width: 7in; margin: auto; }
          h1 { font-size: 14pt; } h2 { font-size: 12pt; margin-top: 1.2em; }
          table { border-collapse: collapse; width: 100%; } td, th { padding: 2px 6px; text-align: left; }
          td.amount, th.amount { text-align: right; font-variant-numeric: tabular-nums; }
          .total td { border-top: 1px solid #000; font-weight: bold; }
          .addresses { display: flex; justify-content: space-between; }
          .disclosure { border: 1px solid #000; padding: 6px; margin-top: 1em; }
          .tear-off { border-top: 1px dashed #000; margin-top: 2em; padding-top: 1em; }
        </style>
        """;

    public static string ValidationNotice(ValidationNotice notice, LetterOptions from)
    {
        var html = Open("Validation notice", from, notice.ConsumerName, notice.ConsumerAddress, notice.SentOn);
        html.Append(CultureInfo.InvariantCulture, $"""
            <h1>{E(from.CollectorName)} is a debt collector.</h1>
            <p>We are trying to collect a debt that you owe to <strong>{E(notice.CurrentCreditor)}</strong>. We will use any information you give us to help collect the debt.</p>
            <h2>Our information shows:</h2>
            <p>You had an account from <strong>{E(notice.ItemizationCreditor)}</strong> with account number <strong>{E(notice.CreditorAccountNumber)}</strong>.</p>
            <table>
              <tr><td>As of {D(notice.ItemizationDate)}, you owed:</td><td class="amount">{M(notice.ItemizationAmount)}</td></tr>
              <tr><td>Between {D(notice.ItemizationDate)} and today:</td><td></td></tr>
              <tr><td>&nbsp;&nbsp;You were charged this amount in interest:</td><td class="amount">+ {M(notice.InterestSince)}</td></tr>
              <tr><td>&nbsp;&nbsp;You were charged this amount in fees:</td><td class="amount">+ {M(notice.FeesSince)}</td></tr>
              <tr><td>&nbsp;&nbsp;You paid or were credited this amount toward the debt:</td><td class="amount">– {M(notice.PaymentsAndCreditsSince)}</td></tr>
              <tr class="total"><td>Total amount of the debt now:</td><td class="amount">{M(notice.CurrentAmount)}</td></tr>
            </table>
            <h2>How can you dispute the debt?</h2>
            <p><strong>Call or write to us by {D(notice.DisputeBy)}, to dispute all or part of the debt.</strong> If you do not, we will assume that our information is correct.</p>
            <p><strong>If you write to us by {D(notice.DisputeBy)},</strong> we must stop collection on any amount you dispute until we send you information that shows you owe the debt. You may use the form below or write to us without the form. You may also include supporting documents.</p>
            <h2>What else can you do?</h2>
            <p><strong>Write to ask for the name and address of the original creditor, if different from the current creditor.</strong> If you write by {D(notice.DisputeBy)}, we must stop collection until we send you that information.</p>
            <p><strong>Go to <a href="https://www.cfpb.gov/debt-collection">www.cfpb.gov/debt-collection</a></strong> to learn more about your rights under federal law.</p>
            <p><strong>Contact us about your payment options.</strong> Call {E(from.CollectorPhone)}, {E(from.CollectorHours)}.</p>
            <p>Póngase en contacto con nosotros para solicitar una copia de este formulario en español.</p>
            """);
        Disclosure(html, notice.TimeBarredDisclosure);
        html.Append(CultureInfo.InvariantCulture, $"""
            <div class="tear-off">
              <p><strong>How do you want to respond?</strong> Mail this form to {E(from.CollectorName)}, {E(string.Join(", ", from.Address))}. Reference: {E(notice.CreditorAccountNumber)}.</p>
              <p>Check all that apply:</p>
              <p>I want to dispute the debt because I think:<br>
                ☐ This is not my debt.<br>☐ The amount is wrong.<br>☐ Other (please describe on reverse or attach additional information).</p>
              <p>☐ I want you to send me the name and address of the original creditor.</p>
              <p>☐ I enclosed this amount: $__________</p>
            </div>
            """);
        return Close(html);
    }

    public static string PlanConfirmation(PaymentPlan plan, PlanLetterFacts facts, LetterOptions from)
    {
        var html = Open("Payment plan confirmation", from, facts.ConsumerName, facts.ConsumerAddress, facts.On);
        html.Append(CultureInfo.InvariantCulture, $"""
            <h1>Your payment plan</h1>
            <p>This confirms the plan you agreed on {D(plan.AgreedOn)} for your account {E(facts.CreditorAccountNumber)} with {E(facts.CurrentCreditor)}.
            You will pay {M(plan.TotalAmount)} in {plan.Installments.Count} {Frequency(plan)} installments:</p>
            """);
        Schedule(html, plan);
        html.Append(CultureInfo.InvariantCulture, $"""
            <p>A payment is on time if we receive it within {plan.GraceDays} days after its due date. If you cannot make a payment, call us at {E(from.CollectorPhone)} before it is due.</p>
            <p>This communication is from a debt collector.</p>
            """);
        Disclosure(html, facts.TimeBarredDisclosure);
        return Close(html);
    }

    public static string SettlementOffer(PaymentPlan plan, PlanLetterFacts facts, LetterOptions from)
    {
        var html = Open("Settlement offer", from, facts.ConsumerName, facts.ConsumerAddress, facts.On);
        html.Append(CultureInfo.InvariantCulture, $"""
            <h1>Settlement offer</h1>
            <p>{E(facts.CurrentCreditor)} will accept <strong>{M(plan.TotalAmount)}</strong> to settle your account {E(facts.CreditorAccountNumber)},
            which has a balance of {M(plan.BalanceAtProposal)}: you save {M(plan.BalanceAtProposal - plan.TotalAmount)}.</p>
            <p>To accept, pay as follows:</p>
            """);
        Schedule(html, plan);
        html.Append(CultureInfo.InvariantCulture, $"""
            <p>When every payment above is received on time (within {plan.GraceDays} days after its due date), the account will be considered settled in full.
            If a payment is missed, the offer ends and the payments made are credited toward the balance.</p>
            <p>This communication is from a debt collector.</p>
            """);
        Disclosure(html, facts.TimeBarredDisclosure);
        return Close(html);
    }

    private static StringBuilder Open(string title, LetterOptions from, string consumerName, IReadOnlyList<string> consumerAddress, DateOnly on)
    {
        var html = new StringBuilder(4096);
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{E(title)}</title>
            {Style}
            </head><body>
            <div class="addresses">
              <div>{E(from.CollectorName)}<br>{string.Join("<br>", from.Address.Select(E))}<br>{E(from.CollectorPhone)}<br>{E(from.CollectorWebsite)}</div>
              <div>{D(on)}</div>
            </div>
            <p>{E(consumerName)}<br>{string.Join("<br>", consumerAddress.Select(E))}</p>
            """);
        return html;
    }

    private static void Schedule(StringBuilder html, PaymentPlan plan)
    {
        html.Append("<table><tr><th>#</th><th>Due</th><th class=\"amount\">Amount</th></tr>");
        foreach (var installment in plan.Installments.OrderBy(i => i.Sequence))
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{installment.Sequence}</td><td>{D(installment.DueOn)}</td><td class=\"amount\">{M(installment.Amount)}</td></tr>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<tr class=\"total\"><td></td><td>Total</td><td class=\"amount\">{M(plan.TotalAmount)}</td></tr></table>");
    }

    private static void Disclosure(StringBuilder html, string? disclosure)
    {
        if (disclosure is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"disclosure\">{E(disclosure)}</p>");
        }
    }

    private static string Close(StringBuilder html) => html.Append("</body></html>").ToString();

    private static string Frequency(PaymentPlan plan) => plan.Frequency.ToString().ToLowerInvariant();

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string D(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    private static string M(decimal amount) => "$" + amount.ToString("#,##0.00", CultureInfo.InvariantCulture);
}

/// <summary>What a plan or settlement letter needs beyond the plan.</summary>
internal sealed record PlanLetterFacts(string ConsumerName, IReadOnlyList<string> ConsumerAddress, string CreditorAccountNumber, string CurrentCreditor, DateOnly On, string? TimeBarredDisclosure);
