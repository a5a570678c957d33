using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DebtHub.LedgerLoad;

/// <summary>
/// A redis-server process of our own, on a free loopback port, without persistence: tests and benchmarks may flush it,
/// stop it and start it again (the shared Redis on 56379 is never flushed or stopped).
/// </summary>
public sealed class RedisProcess : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("debthub-ledger-redis-").FullName;
    private Process? _process;

    private RedisProcess(int port) => Port = port;

    public int Port { get; }

    public string Configuration => $"127.0.0.1:{Port},abortConnect=false,connectTimeout=1000,syncTimeout=2000";

    public static async Task<RedisProcess> StartAsync()
    {
        var server = new RedisProcess(FreePort());
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts the process (again, after <see cref="StopAsync"/>): empty, as a restarted Redis without persistence.</summary>
    public async Task StartAgainAsync()
    {
        var start = new ProcessStartInfo("redis-server")
        {
            WorkingDirectory = _directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start (is it installed?).");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"redis-server did not listen on port {Port}.");
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        _process = null;
    }

    /// <summary>FLUSHALL through redis-cli: a separate client, as an operator would do it.</summary>
    public Task FlushAllAsync() => CliAsync("FLUSHALL");

    /// <summary>SCRIPT FLUSH: Redis forgets every loaded script (as after a restart) but keeps the data.</summary>
    public Task FlushScriptsAsync() => CliAsync("SCRIPT", "FLUSH");

    private async Task CliAsync(params string[] command)
    {
        var start = new ProcessStartInfo("redis-cli") { RedirectStandardOutput = true };
        foreach (var arg in new[] { "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture) }.Concat(command))
        {
            start.ArgumentList.Add(arg);
        }

        using var cli = Process.Start(start)!;
        var output = await cli.StandardOutput.ReadToEndAsync();
        await cli.WaitForExitAsync();
        if (!output.Contains("OK", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{string.Join(' ', command)} failed: {output}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
