using DebtHub.Dialer.Tests.Webhooks;

namespace DebtHub.Dialer.Tests.Campaigns.Support;

internal static class DatabaseCounts
{
    public static async Task<long> CountAsync(this TestDatabase database, string sql)
    {
        await using var command = database.DataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
