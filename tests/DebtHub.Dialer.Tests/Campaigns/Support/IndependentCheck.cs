using DebtHub.Dialer.Tests.Webhooks;

namespace DebtHub.Dialer.Tests.Campaigns.Support;

/// <summary>
/// Re-checks the attempt records with SQL of its own, from the test's own knowledge of where each number is (not from
/// the zones the gate recorded): double dials, calls outside 08:00–21:00 local time, and more than 7 calls in 7 days
/// or more than one call a day to one number.
/// </summary>
internal static class IndependentCheck
{
    public static async Task<Violations> RunAsync(TestDatabase database, Book.Seeded book)
    {
        var zones = string.Join(", ", book.Accounts.Select(a => $"('{a.Phone}', '{a.Place.ZoneId}')"));
        return new Violations(
            DoubleDials: await database.CountAsync("""
                select count(*) from contact_attempts a join contact_attempts b
                  on a.id < b.id and a.destination = b.destination and abs(extract(epoch from a.placed_at - b.placed_at)) < 4 * 3600
                 where a.channel = 'Call' and b.channel = 'Call' and a.direction = 'Outbound' and b.direction = 'Outbound'
                """),
            OutsideHours: await database.CountAsync($"""
                select count(*) from contact_attempts a join (values {zones}) as z(phone, zone) on z.phone = a.destination
                 where (a.placed_at at time zone z.zone)::time < '08:00' or (a.placed_at at time zone z.zone)::time >= '21:00'
                """),
            OverSevenInSeven: await database.CountAsync("""
                select count(*) from contact_attempts a
                 where (select count(*) from contact_attempts b
                         where b.account_ids && a.account_ids and b.placed_at > a.placed_at - interval '7 days' and b.placed_at <= a.placed_at
                           and b.connect_result is distinct from 'NotConnected') > 7
                """),
            SecondCallSameLocalDay: await database.CountAsync($"""
                select count(*) from (
                  select a.destination, (a.placed_at at time zone z.zone)::date, count(*)
                    from contact_attempts a join (values {zones}) as z(phone, zone) on z.phone = a.destination
                   group by 1, 2 having count(*) > 1) d
                """),
            Attempts: await database.CountAsync("select count(*) from contact_attempts where direction = 'Outbound'"));
    }
}

internal sealed record Violations(long DoubleDials, long OutsideHours, long OverSevenInSeven, long SecondCallSameLocalDay, long Attempts)
{
    public bool None => DoubleDials == 0 && OutsideHours == 0 && OverSevenInSeven == 0 && SecondCallSameLocalDay == 0;
}
