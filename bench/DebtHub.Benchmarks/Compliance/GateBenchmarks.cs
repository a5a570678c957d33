using BenchmarkDotNet.Attributes;
using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Infrastructure.Compliance.Data;

namespace DebtHub.Benchmarks.Compliance;

/// <summary>
/// Decisions per second of the compliance gate on one core, for a debtor with 3 phones, 2 debts and 30 days of
/// history (calls, texts, voicemails, conversations), with the shipped location tables and rule set. See bench/README.md.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class GateBenchmarks
{
    private const string Cell = "+12125550100";
    private const string Home = "+12125550111";
    private const string Work = "+13125550122";

    private ComplianceGate _gate = null!;
    private ContactFacts _facts = null!;
    private ContactRequest _allowed = null!;
    private ContactRequest _blockedAtNight = null!;
    private ContactRequest _blockedByFrequency = null!;
    private ContactFacts _busyFacts = null!;

    [GlobalSetup]
    public void Setup()
    {
        _gate = new ComplianceGate(RuleRegistry.Default, RuleSetFile.LoadEmbedded(), LocationDataFiles.LoadEmbedded());
        var now = new DateTimeOffset(2026, 6, 30, 16, 0, 0, TimeSpan.Zero);
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var attempts = new List<AttemptFacts>();
        var numbers = new[] { Cell, Home, Work };
        for (var day = 30; day >= 2; day--)
        {
            var at = now.AddDays(-day).AddHours(-2);
            var number = numbers[day % 3];
            var outcome = day % 5 == 0 ? AttemptOutcome.Voicemail : day % 7 == 0 ? AttemptOutcome.NotConnected : AttemptOutcome.NoAnswer;
            attempts.Add(new AttemptFacts(at, ContactChannel.Call, ContactMode.Predictive, number, day % 4 == 0 ? [a, b] : [a], outcome));
            if (day % 6 == 0)
            {
                attempts.Add(new AttemptFacts(at.AddHours(3), ContactChannel.Text, ContactMode.ManualDial, Cell, [a], AttemptOutcome.Sent));
            }
        }

        _facts = new ContactFacts(
            new DebtorFacts(Guid.NewGuid()),
            [new DebtFacts(a, FirstCommunicationAt: now.AddDays(-40), ValidationNoticeSentAt: now.AddDays(-40)), new DebtFacts(b)],
            [
                new PhoneFacts(Cell, LineType.Wireless, PhoneUse.Mobile, [new TcpaConsentFacts("application", now.AddYears(-1))]),
                new PhoneFacts(Home, LineType.Landline, PhoneUse.Home),
                new PhoneFacts(Work, LineType.Landline, PhoneUse.Work),
            ],
            [new AddressFacts("30303", "GA")],
            [new EmailFacts("debtor@example.com")],
            [new InconvenientWindowFacts([DayOfWeek.Sunday], new TimeOnly(8, 0), new TimeOnly(12, 0))],
            null,
            attempts,
            [new ConversationFacts(now.AddDays(-20), [a], Inbound: true), new ConversationFacts(now.AddDays(-12), [a, b], Inbound: false)],
            [new DirectConsentFacts(now.AddDays(-12), [a])],
            [new OptOutFacts(ContactChannel.Email, "old@example.com", now.AddDays(-25))],
            new CreditorFacts(Guid.NewGuid(), CollectionRegime.ThirdParty, new ContactPolicy(MaxAttemptsPerNumberPerDay: 2)),
            new ContactPolicy(MinSpacingOnOneNumber: TimeSpan.FromHours(4)));

        var busy = new List<AttemptFacts>(attempts);
        for (var i = 1; i <= 7; i++)
        {
            busy.Add(new AttemptFacts(now.AddDays(-i).AddHours(1), ContactChannel.Call, ContactMode.Predictive, Home, [a], AttemptOutcome.NoAnswer));
        }

        _busyFacts = _facts with { Attempts = busy };
        _allowed = new ContactRequest(ContactChannel.Call, ContactMode.Predictive, Cell, now);
        _blockedAtNight = new ContactRequest(ContactChannel.Call, ContactMode.Predictive, Cell, now.AddHours(10));
        _blockedByFrequency = new ContactRequest(ContactChannel.Call, ContactMode.Predictive, Cell, now);
        if (!_gate.Decide(_allowed, _facts).Allowed || _gate.Decide(_blockedAtNight, _facts).Allowed || _gate.Decide(_blockedByFrequency, _busyFacts).Allowed)
        {
            throw new InvalidOperationException("The benchmark's scenarios no longer decide as intended.");
        }
    }

    [Benchmark(Baseline = true, Description = "allowed call, permit issued")]
    public ContactDecision Allowed() => _gate.Decide(_allowed, _facts);

    [Benchmark(Description = "blocked at night, next 08:00 found")]
    public ContactDecision BlockedAtNight() => _gate.Decide(_blockedAtNight, _facts);

    [Benchmark(Description = "blocked by 7-in-7, next instant found")]
    public ContactDecision BlockedByFrequency() => _gate.Decide(_blockedByFrequency, _busyFacts);
}
