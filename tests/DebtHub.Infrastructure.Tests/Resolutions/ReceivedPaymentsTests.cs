using DebtHub.Domain.Accounts;
using DebtHub.Domain.Resolutions.Scheduling;
using DebtHub.Infrastructure.Resolutions;

namespace DebtHub.Infrastructure.Tests.Resolutions;

public sealed class ReceivedPaymentsTests
{
    private static readonly Guid Account = Guid.NewGuid();
    private static readonly DateOnly Day = new(2026, 12, 1);

    [Fact]
    public void A_reversed_payment_counts_for_nothing_and_a_refund_reduces_its_payment()
    {
        var bounced = Guid.NewGuid();
        var partlyRefunded = Guid.NewGuid();
        PaymentLedgerLine[] lines =
        [
            new(bounced, Account, TransactionKind.Payment, null, Day, -50m),
            new(Guid.NewGuid(), Account, TransactionKind.Reversal, bounced, Day.AddDays(3), 50m),
            new(partlyRefunded, Account, TransactionKind.Payment, null, Day.AddDays(1), -80m),
            new(Guid.NewGuid(), Account, TransactionKind.Refund, partlyRefunded, Day.AddDays(2), 30m),
        ];

        var received = ReceivedPayments.From(lines);

        Assert.Equal([new ReceivedPayment(Day.AddDays(1), 50m)], received);
    }

    [Fact]
    public void A_fully_refunded_payment_is_left_out()
    {
        var payment = Guid.NewGuid();

        var received = ReceivedPayments.From(
        [
            new(payment, Account, TransactionKind.Payment, null, Day, -25m),
            new(Guid.NewGuid(), Account, TransactionKind.Refund, payment, Day, 25m),
        ]);

        Assert.Empty(received);
    }
}
