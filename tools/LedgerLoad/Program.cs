using DebtHub.LedgerLoad;

// debthub-ledger-load: one process of reservers against the contact ledger; prints its counts as one line
// (LoadStats) on standard output. Arguments: see LoadSettings.Parse.
var settings = LoadSettings.Parse(args);
using var stop = new CancellationTokenSource(settings.Duration + TimeSpan.FromMinutes(1));
await using var host = await LoadHost.StartAsync(settings, stop.Token);
// Generous: on a loaded machine the rebuild from PostgreSQL (or another process holding its lock) can take a while.
await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(120), stop.Token);
var stats = await host.RunAsync(stop.Token);
Console.WriteLine(stats);
