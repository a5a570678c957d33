using DebtHub.Dialer.Tests.Webhooks;

namespace DebtHub.Dialer.Tests.Campaigns.Support;

internal static class DatabaseCounts
{
    public static async Task<long> CountAsync(this TestDatabase database, string sql)
    {
        await using var command = database.DataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Waits until the count reaches <paramref name="expected"/> (webhooks arrive on their own time), 120 s at most.</summary>
    public static async Task WaitForCountAsync(this TestDatabase database, string sql, int expected)
    {
        var seen = -1L;
        for (var i = 0; i < 1200 && seen != expected; i++)
        {
            seen = await database.CountAsync(sql);
            if (seen != expected)
            {
                await Task.Delay(100);
            }
        }

        Assert.True(seen == expected, $"{sql}: {seen}, expected {expected} within 120 s");
    }
}
