using System.Globalization;
using DebtHub.Dialer.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// debthub-dialer-worker (tests only): one clustered dialer instance in a process of its own. Its settings are the
// environment variables prefixed DEBTHUB_WORKER_ (DEBTHUB_WORKER_Dialer__InstanceId=...), plus Worker:ClockOffset,
// the shift of its clock from real time (a TimeSpan). It logs to standard output and ends when its standard input closes,
// so it dies with the test that started it (the test kills it outright to simulate a crash).
var settings = new ConfigurationBuilder().AddEnvironmentVariables(WorkerSettings.EnvironmentPrefix).Build();
var offset = TimeSpan.Parse(settings[WorkerSettings.ClockOffsetKey] ?? "0", CultureInfo.InvariantCulture);
var builder = DialerWiring.CreateBuilder(settings.AsEnumerable().Where(s => s.Value is not null), new ShiftedClock(offset));
builder.Logging.AddSimpleConsole(o =>
{
    o.SingleLine = true;
    o.TimestampFormat = "HH:mm:ss.fff ";
});
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Logging.AddFilter("DebtHub", LogLevel.Information);
builder.Logging.AddFilter("Quartz", LogLevel.Information);
using var host = builder.Build();
var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
_ = Task.Run(async () =>
{
    while (await Console.In.ReadLineAsync() is not null)
    {
    }

    lifetime.StopApplication();
    // A shutdown that hangs must not leave the process behind its test.
    await Task.Delay(TimeSpan.FromSeconds(20));
    Environment.Exit(3);
});
await host.StartAsync();
Console.WriteLine(WorkerSettings.StartedLine);
await host.WaitForShutdownAsync();
