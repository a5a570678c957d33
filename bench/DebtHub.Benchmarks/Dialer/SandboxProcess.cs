using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DebtHub.Benchmarks.Dialer;

/// <summary>
/// The Twilio sandbox (tools/TwilioSandbox, built with this project) as a process of its own on a free loopback port, so
/// its CPU time is not counted as ours. It admits calls far faster than the benchmark places them (no queueing) and
/// runs its simulated time 10× faster, as <c>./debthub run</c> does.
/// </summary>
internal sealed class SandboxProcess : IAsyncDisposable
{
    public const string AccountSid = "AC00000000000000000000000000000000";

    private readonly Process _process;

    private SandboxProcess(Process process, Uri baseUrl, string authToken)
    {
        _process = process;
        BaseUrl = baseUrl;
        AuthToken = authToken;
    }

    public Uri BaseUrl { get; }

    public string AuthToken { get; }

    /// <summary>The sandbox's CPU time so far (user and system).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static async Task<SandboxProcess> StartAsync()
    {
        var dll = FindSandboxDll();
        var port = FreePort();
        var token = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[]
                 {
                     dll, "--urls", $"http://127.0.0.1:{port}", $"--Sandbox:AccountSid={AccountSid}", $"--Sandbox:AuthToken={token}",
                     "--Sandbox:CallsPerSecond=100000", "--Sandbox:TimeScale=10", "--Logging:LogLevel:Default=Warning",
                 })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start the sandbox.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var sandbox = new SandboxProcess(process, new Uri($"http://127.0.0.1:{port}/"), token);
        using var http = new HttpClient { BaseAddress = sandbox.BaseUrl };
        for (var i = 0; i < 600; i++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The sandbox exited with code {process.ExitCode}.");
            }

            try
            {
                (await http.GetAsync(new Uri("/", UriKind.Relative))).EnsureSuccessStatusCode();
                return sandbox;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200);
            }
        }

        await sandbox.DisposeAsync();
        throw new InvalidOperationException("The sandbox did not answer within 120 s.");
    }

    /// <summary>The newest build of the sandbox in the repository this benchmark was built from.</summary>
    private static string FindSandboxDll()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var bin = Path.Combine(folder.FullName, "tools", "TwilioSandbox", "bin");
            if (Directory.Exists(bin))
            {
                return Directory.GetFiles(bin, "DebtHub.TwilioSandbox.dll", SearchOption.AllDirectories)
                    .OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
                    ?? throw new InvalidOperationException($"No DebtHub.TwilioSandbox.dll under {bin}: build bench/DebtHub.Benchmarks (it builds the sandbox).");
            }
        }

        throw new InvalidOperationException("tools/TwilioSandbox not found above " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
