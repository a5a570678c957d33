using DebtHub.Domain.Compliance.Facts;
using Npgsql;

namespace DebtHub.LedgerLoad;

/// <summary>
/// The debtors a load run calls: every debtor in the database with its accounts, each given a place (Albany, Boston,
/// Seattle, New York City, Chicago, so every state overlay is exercised) and three numbers derived from its position.
/// Two processes reading the same database get the same portfolio.
/// </summary>
public sealed record LoadDebtor(Guid Id, IReadOnlyList<Guid> AccountIds, AddressFacts Address, IReadOnlyList<PhoneFacts> Phones);

public static class LoadPortfolio
{
    private static readonly (string Zip, string State, string Area)[] _places =
    [
        ("12207", "NY", "518"), ("02108", "MA", "617"), ("98101", "WA", "206"), ("10001", "NY", "212"), ("60601", "IL", "312"),
    ];

    public static async Task<IReadOnlyList<LoadDebtor>> LoadAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("select debtor_id, array_agg(id order by id) from accounts group by debtor_id order by debtor_id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var debtors = new List<LoadDebtor>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var i = debtors.Count;
            var (zip, state, area) = _places[i % _places.Length];
            var suffix = (1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            debtors.Add(new LoadDebtor(
                reader.GetGuid(0),
                reader.GetFieldValue<Guid[]>(1),
                new AddressFacts(zip, state),
                [
                    new PhoneFacts($"+1{area}555{suffix}", LineType.Wireless, PhoneUse.Mobile),
                    new PhoneFacts($"+1{area}556{suffix}", LineType.Landline, PhoneUse.Home),
                    new PhoneFacts($"+1{area}557{suffix}", LineType.Landline, PhoneUse.Work),
                ]));
        }

        return debtors;
    }
}
