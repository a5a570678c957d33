using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using DebtHub.TwilioSandbox.Callbacks;
using Microsoft.Extensions.Options;

namespace DebtHub.TwilioSandbox.Simulation;

/// <summary>
/// Fetches the application's TwiML and acts it out: Say and Play take time, Pause waits, Gather hears nothing,
/// Dial rings a simulated collector (or number) who answers and talks, Enqueue waits for a simulated collector,
/// Redirect fetches new TwiML, Hangup or the end of the document ends the call. A REST redirect interrupts the
/// document being played.
/// </summary>
public sealed class TwimlRunner(SandboxClock clock, CallbackClient callbacks, IOptions<SandboxOptions> options)
{
    /// <summary>Speech runs at about 150 words a minute.</summary>
    private const double SecondsPerWord = 0.4;
    private const double PlaySeconds = 5;

    private sealed record Instruction(Uri? Url, string? Twiml, IReadOnlyList<KeyValuePair<string, string>> Extra);

    public async Task RunAsync(SandboxCall call, CallScript script, CancellationToken ct)
    {
        Instruction? next = new(call.Request.Url, call.Request.Twiml, []);
        while (next is not null)
        {
            var xml = next.Twiml ?? await FetchAsync(call, next.Url!, next.Extra, ct);
            if (xml is null)
            {
                Note(call, "twiml unavailable");
                return;
            }

            using var document = CancellationTokenSource.CreateLinkedTokenSource(ct);
            lock (call.Gate)
            {
                call.CurrentDocument = document;
            }

            try
            {
                next = await ExecuteAsync(call, script, Parse(xml), document.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                lock (call.Gate)
                {
                    var redirect = call.PendingRedirect;
                    call.PendingRedirect = null;
                    next = redirect is { } r ? new Instruction(r.Url, r.Twiml, []) : null;
                }

                Note(call, "redirected");
            }
        }
    }

    private async Task<Instruction?> ExecuteAsync(SandboxCall call, CallScript script, XElement? response, CancellationToken ct)
    {
        if (response is null)
        {
            Note(call, "twiml invalid");
            return null;
        }

        foreach (var verb in response.Elements())
        {
            switch (verb.Name.LocalName)
            {
                case "Say":
                case "Play":
                case "Pause":
                    await SpeakAsync(call, verb, ct);
                    break;
                case "Gather":
                    foreach (var prompt in verb.Elements())
                    {
                        await SpeakAsync(call, prompt, ct);
                    }

                    await clock.DelayAsync(Number(verb, "timeout") ?? 5, ct);
                    Note(call, "gather no input");
                    if (Url(verb, "action") is { } gatherAction && verb.Attribute("actionOnEmptyResult")?.Value == "true")
                    {
                        return new Instruction(gatherAction, null, [new("Digits", "")]);
                    }

                    break;
                case "Record":
                    var recorded = Math.Min(Number(verb, "timeout") ?? 5, Number(verb, "maxLength") ?? 3600);
                    await clock.DelayAsync(recorded, ct);
                    Note(call, "record");
                    if (Url(verb, "action") is { } recordAction)
                    {
                        return new Instruction(recordAction, null, [new("RecordingDuration", ((int)recorded).ToString(CultureInfo.InvariantCulture)), new("RecordingSid", SandboxCall.NewSid("RE"))]);
                    }

                    break;
                case "Dial":
                    var dialed = await DialAsync(call, script, verb, ct);
                    if (dialed is not null)
                    {
                        return dialed;
                    }

                    break;
                case "Enqueue":
                    var queued = await EnqueueAsync(call, script, verb, ct);
                    if (queued is not null)
                    {
                        return queued;
                    }

                    break;
                case "Redirect":
                    Note(call, "redirect");
                    return Uri.TryCreate(verb.Value.Trim(), UriKind.Absolute, out var target) ? new Instruction(target, null, []) : null;
                case "Hangup":
                case "Reject":
                    Note(call, "hangup");
                    return null;
                default:
                    Note(call, $"ignored {verb.Name.LocalName}");
                    break;
            }
        }

        return null;
    }

    private async Task SpeakAsync(SandboxCall call, XElement verb, CancellationToken ct)
    {
        var loop = Number(verb, "loop") is { } n and > 0 ? n : 1;
        var seconds = verb.Name.LocalName switch
        {
            "Say" => Math.Max(1, verb.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length * SecondsPerWord) * loop,
            "Play" => PlaySeconds * loop,
            _ => Number(verb, "length") ?? 1,
        };
        Note(call, verb.Name.LocalName.ToLowerInvariant());
        await clock.DelayAsync(seconds, ct);
    }

    /// <summary>The first noun rings; a collector answers after their delay unless the Dial's timeout runs out first.</summary>
    private async Task<Instruction?> DialAsync(SandboxCall call, CallScript script, XElement dial, CancellationToken ct)
    {
        var noun = dial.Elements().FirstOrDefault();
        var target = noun is null ? dial.Value.Trim() : $"{noun.Name.LocalName.ToLowerInvariant()}:{noun.Value.Trim()}";
        var timeout = Number(dial, "timeout") ?? 30;
        var childSid = SandboxCall.NewSid("CA");
        string status;
        var talked = 0.0;
        if (script.CollectorAnswerSeconds > timeout)
        {
            await clock.DelayAsync(timeout, ct);
            status = "no-answer";
        }
        else
        {
            await clock.DelayAsync(script.CollectorAnswerSeconds, ct);
            Note(call, $"dial {target} answered");
            await clock.DelayAsync(script.TalkSeconds, ct);
            talked = script.TalkSeconds;
            status = "completed";
        }

        Note(call, $"dial {target} {status}");
        return Url(dial, "action") is { } action
            ? new Instruction(action, null,
            [
                new("DialCallStatus", status),
                new("DialCallSid", childSid),
                new("DialCallDuration", ((int)talked).ToString(CultureInfo.InvariantCulture)),
                new("DialBridged", status == "completed" ? "true" : "false"),
            ])
            : null;
    }

    private async Task<Instruction?> EnqueueAsync(SandboxCall call, CallScript script, XElement enqueue, CancellationToken ct)
    {
        Note(call, $"enqueue {enqueue.Value.Trim()}");
        await clock.DelayAsync(script.CollectorAnswerSeconds, ct);
        Note(call, "dequeued by collector");
        await clock.DelayAsync(script.TalkSeconds, ct);
        return Url(enqueue, "action") is { } action
            ? new Instruction(action, null,
            [
                new("QueueResult", "bridged"),
                new("QueueSid", SandboxCall.NewSid("QU")),
                new("QueueTime", ((int)script.CollectorAnswerSeconds).ToString(CultureInfo.InvariantCulture)),
            ])
            : null;
    }

    private async Task<string?> FetchAsync(SandboxCall call, Uri url, IReadOnlyList<KeyValuePair<string, string>> extra, CancellationToken ct)
    {
        List<KeyValuePair<string, string>> parameters;
        lock (call.Gate)
        {
            parameters = CallParameters.For(call, options.Value.AccountSid, call.Status);
            if (call.AnsweredBy is { } answeredBy && !call.Request.AsyncAmd)
            {
                parameters.Add(new("AnsweredBy", answeredBy));
            }
        }

        parameters.AddRange(extra);
        if (call.Script.DropDialActions && extra.Any(p => p.Key == "DialCallStatus"))
        {
            Note(call, $"lost {url.AbsolutePath}");
            return null;
        }

        Note(call, $"fetch {url.AbsolutePath}");
        return await callbacks.PostAsync(url, parameters, ct);
    }

    private static XElement? Parse(string xml)
    {
        try
        {
            var root = XDocument.Parse(xml).Root;
            return root?.Name.LocalName == "Response" ? root : null;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static double? Number(XElement element, string attribute) =>
        double.TryParse(element.Attribute(attribute)?.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static Uri? Url(XElement element, string attribute) =>
        Uri.TryCreate(element.Attribute(attribute)?.Value, UriKind.Absolute, out var url) ? url : null;

    private static void Note(SandboxCall call, string what)
    {
        lock (call.Gate)
        {
            call.Timeline.Add(what);
        }
    }
}
