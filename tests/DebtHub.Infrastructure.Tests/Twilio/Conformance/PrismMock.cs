using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DebtHub.Infrastructure.Tests.Twilio.Conformance;

/// <summary>
/// Runs Stoplight Prism (a validating mock) on Twilio's official API 2010 spec at 127.0.0.1. Prism is installed with
/// <c>npm ci</c> from the committed package.json/package-lock.json into the git-ignored <c>.data/node/prism</c>.
/// Node is required: without it the conformance test fails rather than skips.
/// </summary>
public sealed class PrismMock : IAsyncLifetime
{
    private Process? _process;

    public Uri BaseUrl { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var here = Path.Combine(RepositoryRoot(), "tests", "DebtHub.Infrastructure.Tests", "Twilio", "Conformance");
        var install = Path.Combine(RepositoryRoot(), ".data", "node", "prism");
        Directory.CreateDirectory(install);
        await RunAsync("node", "--version", install, "Node.js is required for the Twilio conformance test (install node 20)");
        var prism = Path.Combine(install, "node_modules", "@stoplight", "prism-cli", "dist", "index.js");
        if (!File.Exists(prism) || !SameFile(Path.Combine(here, "package-lock.json"), Path.Combine(install, "package-lock.json")))
        {
            File.Copy(Path.Combine(here, "package.json"), Path.Combine(install, "package.json"), overwrite: true);
            File.Copy(Path.Combine(here, "package-lock.json"), Path.Combine(install, "package-lock.json"), overwrite: true);
            await RunAsync("npm", "ci --no-audit --no-fund", install, "npm ci of @stoplight/prism-cli failed");
        }

        var port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = install,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { prism, "mock", "-h", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), Path.Combine(here, "twilio_api_v2010.prism.json") })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start Prism.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilListeningAsync(port, TimeSpan.FromSeconds(120));
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
        }

        _process?.Dispose();
        return Task.CompletedTask;
    }

    private async Task WaitUntilListeningAsync(int port, TimeSpan limit)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < limit)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"Prism exited with code {_process.ExitCode}.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(250);
            }
        }

        throw new TimeoutException($"Prism did not listen on port {port} within {limit}.");
    }

    private static async Task RunAsync(string file, string arguments, string directory, string failure)
    {
        Process process;
        try
        {
            process = Process.Start(new ProcessStartInfo(file, arguments)
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            }) ?? throw new InvalidOperationException(failure);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"{failure}: '{file}' was not found.", ex);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{failure} (exit {process.ExitCode}): {await output}{await error}");
            }
        }
    }

    private static bool SameFile(string a, string b) => File.Exists(b) && File.ReadAllText(a) == File.ReadAllText(b);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DebtHub.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DebtHub.sln not found above the test binaries.");
    }
}
