using System.Diagnostics;
using System.Text.Json;

namespace DebtHub.GraphQL.Tests.Oracle;

/// <summary>
/// Runs graphql-js 16.15 (npm <c>graphql</c>, pinned in Oracle/package-lock.json) as the reference. The npm packages are
/// installed with <c>npm ci</c> into the git-ignored <c>.data/node/graphql-validation-oracle</c> of the repository on
/// first use. Without Node the tests that use it fail: the comparison is part of the contract, not optional.
/// </summary>
internal static class NodeOracle
{
    private static readonly SemaphoreSlim _installLock = new(1, 1);

    /// <summary>graphql-js's verdict on each document: a syntax error, or the (possibly empty) validation errors.</summary>
    public static async Task<IReadOnlyList<OracleResult>> ValidateAsync(string schemaSdl, IReadOnlyList<string> documents)
    {
        var directory = await EnsureInstalledAsync();
        var input = JsonSerializer.Serialize(new { schema = schemaSdl, documents });
        var output = await RunAsync("node", ["validate.mjs"], directory, input);
        using var json = JsonDocument.Parse(output);
        var results = new List<OracleResult>();
        foreach (var item in json.RootElement.EnumerateArray())
        {
            if (item.TryGetProperty("syntax", out var syntax))
            {
                results.Add(new OracleResult(true, [ReadError(syntax)]));
            }
            else
            {
                results.Add(new OracleResult(false, [.. item.GetProperty("errors").EnumerateArray().Select(ReadError)]));
            }
        }

        return results;
    }

    private static string ReadError(JsonElement error)
    {
        var locations = error.GetProperty("locations").EnumerateArray()
            .Select(l => $"{l.GetProperty("line").GetInt32()}:{l.GetProperty("column").GetInt32()}");
        return error.GetProperty("message").GetString() + " @ " + string.Join(" ", locations);
    }

    private static async Task<string> EnsureInstalledAsync()
    {
        var root = RepositoryRoot();
        var source = Path.Combine(root, "tests", "DebtHub.GraphQL.Tests", "Oracle");
        var target = Path.Combine(root, ".data", "node", "graphql-validation-oracle");
        await _installLock.WaitAsync();
        try
        {
            Directory.CreateDirectory(target);
            foreach (var file in new[] { "package.json", "package-lock.json", "validate.mjs" })
            {
                File.Copy(Path.Combine(source, file), Path.Combine(target, file), overwrite: true);
            }

            var installed = Path.Combine(target, "node_modules", "graphql", "package.json");
            if (!File.Exists(installed) || !File.ReadAllText(installed).Contains("\"version\": \"16.15.0\"", StringComparison.Ordinal))
            {
                await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], target, null);
            }

            return target;
        }
        finally
        {
            _installLock.Release();
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DebtHub.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (DebtHub.sln) above " + AppContext.BaseDirectory);
    }

    private static async Task<string> RunAsync(string fileName, string[] arguments, string workingDirectory, string? stdin)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException($"The graphql-js oracle needs '{fileName}' (Node 20 and npm) on PATH.", exception);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (stdin is not null)
            {
                await process.StandardInput.WriteAsync(stdin);
            }

            process.StandardInput.Close();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await stderr}");
            }

            return await stdout;
        }
    }
}

/// <summary>One document's verdict: errors as "message @ line:column ..." strings.</summary>
internal sealed record OracleResult(bool IsSyntaxError, IReadOnlyList<string> Errors);
