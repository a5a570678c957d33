using System.Diagnostics;
using System.Security.Cryptography;

namespace DebtHub.GraphQL.Tests.Conformance;

/// <summary>
/// Runs the external oracles (graphql-js 16.15.0, graphql-http 1.23.1, graphql-ws 6.4.2) from
/// Conformance/oracles. Installs them with <c>npm ci</c> into the git-ignored <c>.data/node/graphql-oracles</c> once per
/// lock-file version. Throws (so the test fails, never skips) when Node or npm is missing.
/// </summary>
internal static class NodeOracle
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private static string? _folder;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string SourceFolder => Path.Combine(RepositoryRoot, "tests", "DebtHub.GraphQL.Tests", "Conformance", "oracles");

    /// <summary>The installed oracle folder, with the scripts copied next to their node_modules.</summary>
    public static async Task<string> EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (_folder is not null)
            {
                return _folder;
            }
            var folder = Path.Combine(RepositoryRoot, ".data", "node", "graphql-oracles");
            Directory.CreateDirectory(folder);
            var lockFile = Path.Combine(SourceFolder, "package-lock.json");
            var stamp = Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(lockFile)));
            var stampFile = Path.Combine(folder, ".installed");
            foreach (var file in Directory.GetFiles(SourceFolder))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
            }
            if (!File.Exists(stampFile) || await File.ReadAllTextAsync(stampFile) != stamp)
            {
                var (code, output, error) = await RunProcessAsync("npm", ["ci", "--no-audit", "--no-fund"], folder, null, TimeSpan.FromMinutes(5));
                if (code != 0)
                {
                    throw new InvalidOperationException($"npm ci failed ({code}): {output}{error}");
                }
                await File.WriteAllTextAsync(stampFile, stamp);
            }
            _folder = folder;
            return folder;
        }
        finally
        {
            InstallLock.Release();
        }
    }

    /// <summary>Runs <c>node script args…</c> in the oracle folder.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        string script, IEnumerable<string> arguments, string? standardInput = null, TimeSpan? timeout = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var folder = await EnsureInstalledAsync();
        return await RunProcessAsync("node", [script, .. arguments], folder, standardInput, timeout ?? TimeSpan.FromMinutes(2), environment);
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunProcessAsync(
        string fileName, IEnumerable<string> arguments, string workingDirectory, string? standardInput, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInput is not null,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException($"{fileName} is required by the GraphQL conformance tests (install Node 20 and npm).", exception);
        }
        using (process)
        {
            if (standardInput is not null)
            {
                await process.StandardInput.WriteAsync(standardInput);
                process.StandardInput.Close();
            }
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timer = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(timer.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{fileName} {string.Join(' ', start.ArgumentList)} ran longer than {timeout}.");
            }
            return (process.ExitCode, await output, await error);
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DebtHub.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("The repository root (with DebtHub.sln) was not found above " + AppContext.BaseDirectory);
    }
}
