using System.Globalization;
using DebtHub.TwilioSandbox.Callbacks;
using Microsoft.Extensions.Options;

namespace DebtHub.TwilioSandbox.Simulation;

/// <summary>
/// Plays one call through Twilio's lifecycle: queued (CPS) → initiated → ringing → answered (in-progress) or busy /
/// no-answer / failed → completed, posting the requested status callbacks with SequenceNumber 0, 1, 2…, running
/// answering machine detection, and following the application's TwiML.
/// </summary>
public sealed partial class CallSimulator(
    SandboxClock clock,
    CallbackClient callbacks,
    TwimlRunner twiml,
    IOptions<SandboxOptions> options,
    IHostApplicationLifetime host,
    ILogger<CallSimulator> logger)
{
    public void Start(SandboxCall call) => _ = Task.Run(() => RunAsync(call));

    private async Task RunAsync(SandboxCall call)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(call.Lifetime.Token, host.ApplicationStopping);
        var ct = stopping.Token;
        try
        {
            await clock.DelayAsync(call.QueueSeconds, ct);
            var script = call.Script;
            await ProgressAsync(call, "initiated", "initiated", ct);
            lock (call.Gate)
            {
                call.StartTime = clock.Now;
            }

            await ProgressAsync(call, "ringing", "ringing", ct);
            var rings = Math.Min(script.RingSeconds, call.Request.Timeout);
            await clock.DelayAsync(script.Outcome == "no-answer" ? call.Request.Timeout : rings, ct);
            if (script.Outcome is "busy" or "failed" or "no-answer" || script.RingSeconds > call.Request.Timeout)
            {
                await FinishAsync(call, script.Outcome == "answered" ? "no-answer" : script.Outcome);
                return;
            }

            lock (call.Gate)
            {
                call.AnsweredAt = clock.Now;
            }

            await ProgressAsync(call, "in-progress", "answered", ct);
            await DetectMachineAsync(call, script, ct);
            await twiml.RunAsync(call, script, ct);
            await FinishAsync(call, "completed");
        }
        catch (OperationCanceledException) when (call.Lifetime.IsCancellationRequested)
        {
            await FinishAsync(call, call.RequestedEnd ?? "completed");
        }
        catch (OperationCanceledException) when (host.ApplicationStopping.IsCancellationRequested)
        {
            // The sandbox is shutting down.
        }
        catch (Exception ex)
        {
            LogCrashed(logger, call.Sid, ex);
            await FinishAsync(call, "failed");
        }
    }

    private async Task DetectMachineAsync(SandboxCall call, CallScript script, CancellationToken ct)
    {
        if (call.Request.MachineDetection is null)
        {
            return;
        }

        // Enable reports a machine at once (machine_start); DetectMessageEnd waits for the beep or silence.
        var verdict = call.Request.MachineDetection == "Enable" && script.AnsweredBy.StartsWith("machine_", StringComparison.Ordinal)
            ? "machine_start"
            : script.AnsweredBy;
        if (!call.Request.AsyncAmd)
        {
            await clock.DelayAsync(script.AmdSeconds, ct);
            lock (call.Gate)
            {
                call.AnsweredBy = verdict;
            }

            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await clock.DelayAsync(script.AmdSeconds, ct);
                lock (call.Gate)
                {
                    call.AnsweredBy = verdict;
                    call.Timeline.Add($"amd {verdict}");
                }

                if (call.Request.AsyncAmdStatusCallback is { } url && !call.Script.DropStatusCallbacks)
                {
                    var parameters = Common(call, "in-progress");
                    parameters.Add(new("AnsweredBy", verdict));
                    parameters.Add(new("MachineDetectionDuration", ((int)(script.AmdSeconds * 1000)).ToString(CultureInfo.InvariantCulture)));
                    await callbacks.PostAsync(url, parameters, CancellationToken.None);
                }
            }
            catch (OperationCanceledException)
            {
                // The call ended before detection finished.
            }
        }, CancellationToken.None);
    }

    private async Task ProgressAsync(SandboxCall call, string status, string callbackEvent, CancellationToken ct)
    {
        lock (call.Gate)
        {
            if (status != "initiated")
            {
                call.Status = status;
            }

            call.DateUpdated = clock.Now;
            call.Timeline.Add(status);
        }

        await StatusCallbackAsync(call, callbackEvent, status, ct);
    }

    private async Task FinishAsync(SandboxCall call, string status)
    {
        lock (call.Gate)
        {
            if (call.IsTerminal)
            {
                return;
            }

            call.Status = status;
            call.EndTime = clock.Now;
            call.DateUpdated = call.EndTime.Value;
            call.Timeline.Add(status);
        }

        await StatusCallbackAsync(call, "completed", status, host.ApplicationStopping);
    }

    private async Task StatusCallbackAsync(SandboxCall call, string callbackEvent, string status, CancellationToken ct)
    {
        var request = call.Request;
        var wanted = request.StatusCallbackEvents.Count == 0 ? callbackEvent == "completed" : request.StatusCallbackEvents.Contains(callbackEvent);
        if (request.StatusCallback is not { } url || !wanted || call.Script.DropStatusCallbacks)
        {
            return;
        }

        var parameters = Common(call, status);
        lock (call.Gate)
        {
            parameters.Add(new("SequenceNumber", call.NextSequenceNumber++.ToString(CultureInfo.InvariantCulture)));
            parameters.Add(new("CallbackSource", "call-progress-events"));
            parameters.Add(new("Timestamp", Rfc2822(clock.Now)));
            if (call.AnsweredBy is { } answeredBy)
            {
                parameters.Add(new("AnsweredBy", answeredBy));
            }

            if (call.IsTerminal)
            {
                parameters.Add(new("CallDuration", call.DurationSeconds.ToString(CultureInfo.InvariantCulture)));
                parameters.Add(new("SipResponseCode", status switch { "busy" => "486", "no-answer" => "487", "failed" => "500", _ => "200" }));
            }
        }

        await callbacks.PostAsync(url, parameters, ct);
    }

    private List<KeyValuePair<string, string>> Common(SandboxCall call, string status) =>
        CallParameters.For(call, options.Value.AccountSid, status);

    internal static string Rfc2822(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);

    [LoggerMessage(EventId = 9010, Level = LogLevel.Error, Message = "Simulation of call {CallSid} failed")]
    private static partial void LogCrashed(ILogger logger, string callSid, Exception ex);
}
