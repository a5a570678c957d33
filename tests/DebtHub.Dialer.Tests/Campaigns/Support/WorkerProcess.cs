using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using DebtHub.Dialer.Worker;

namespace DebtHub.Dialer.Tests.Campaigns.Support;

/// <summary>
/// A dialer instance in an OS process of its own (tests/DebtHub.Dialer.Worker), started with the settings an in-process
/// <see cref="DialerHost"/> would get and the test's clock offset. Its output is kept for failure messages; it ends when
/// its standard input closes, so it never outlives the test process.
/// </summary>
internal sealed class WorkerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private readonly int _pid;

    private WorkerProcess(Process process, string instanceId)
    {
        _process = process;
        _pid = process.Id;
        InstanceId = instanceId;
    }

    public string InstanceId { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Whether the test killed it (<see cref="Crash"/>), as opposed to it ending by itself.</summary>
    public bool Crashed { get; private set; }

    /// <summary>What the worker wrote so far, standard error lines marked.</summary>
    public string Output => $"--- {InstanceId} (pid {_pid}) ---\n" + string.Join('\n', _output);

    public static async Task<WorkerProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, ShiftedClock clock)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DebtHub.Dialer.Worker.dll"));
        foreach (var (key, value) in settings)
        {
            start.Environment[WorkerSettings.VariableFor(key)] = value;
        }

        start.Environment[WorkerSettings.VariableFor(WorkerSettings.ClockOffsetKey)] = clock.Offset.ToString("c", CultureInfo.InvariantCulture);
        var process = Process.Start(start) ?? throw new InvalidOperationException("The dialer worker did not start.");
        var worker = new WorkerProcess(process, settings["Dialer:InstanceId"]!);
        process.OutputDataReceived += (_, e) => worker.Received(e.Data, "");
        process.ErrorDataReceived += (_, e) => worker.Received(e.Data, "stderr: ");
        process.Exited += (_, _) => worker._started.TrySetException(new InvalidOperationException("The dialer worker exited before it started.\n" + worker.Output));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            // Generous: a cold start on a loaded machine (JIT, migrations validated, Quartz joining the cluster).
            await worker._started.Task.WaitAsync(TimeSpan.FromSeconds(120));
        }
        catch
        {
            await worker.DisposeAsync();
            throw;
        }

        return worker;
    }

    private void Received(string? line, string marker)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(marker + line);
        if (line == WorkerSettings.StartedLine)
        {
            _started.TrySetResult();
        }
    }

    /// <summary>SIGKILL, as a crash or an OOM kill: nothing of the worker runs after this.</summary>
    public void Crash()
    {
        Crashed = true;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // Closing its standard input asks it to stop; it is killed when it does not.
            _process.StandardInput.Close();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }
}
