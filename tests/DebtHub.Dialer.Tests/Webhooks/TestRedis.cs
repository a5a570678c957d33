namespace DebtHub.Dialer.Tests.Webhooks;

/// <summary>The shared test Redis (never flushed): the ledger's keys are per debtor, and every test makes its own debtors.</summary>
internal static class TestRedis
{
    public static string Configuration => Environment.GetEnvironmentVariable("DEBTHUB_TEST_REDIS") ?? "127.0.0.1:56379";
}
