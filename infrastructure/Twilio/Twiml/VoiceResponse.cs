using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace DebtHub.Infrastructure.Twilio.Twiml;

/// <summary>
/// Builds a TwiML <c>&lt;Response&gt;</c>. Text and attributes are XML-escaped by construction (names of debtors and
/// creditors end up in <c>&lt;Say&gt;</c>); characters XML cannot carry are dropped rather than failing a live call.
/// </summary>
internal sealed class VoiceResponse
{
    private readonly XElement _root = new("Response");

    public VoiceResponse Say(string text, SayOptions? options = null)
    {
        _root.Add(TwimlElements.Say(text, options));
        return this;
    }

    public VoiceResponse Play(Uri audio, int? loop = null)
    {
        _root.Add(TwimlElements.Play(audio, loop));
        return this;
    }

    public VoiceResponse Pause(int lengthSeconds = 1)
    {
        _root.Add(TwimlElements.Pause(lengthSeconds));
        return this;
    }

    /// <summary>Collects digits or speech; <paramref name="prompt"/> adds the Say/Play/Pause heard meanwhile.</summary>
    public VoiceResponse Gather(GatherOptions options, Action<GatherPrompt>? prompt = null)
    {
        var gather = new XElement("Gather");
        TwimlElements.Set(gather, "action", options.Action);
        TwimlElements.Set(gather, "method", options.Method);
        TwimlElements.Set(gather, "input", options.Input is { } input ? TwimlElements.Words(input) : null);
        TwimlElements.Set(gather, "timeout", options.Timeout);
        TwimlElements.Set(gather, "numDigits", options.NumDigits);
        TwimlElements.Set(gather, "finishOnKey", options.FinishOnKey);
        TwimlElements.Set(gather, "actionOnEmptyResult", options.ActionOnEmptyResult);
        prompt?.Invoke(new GatherPrompt(gather));
        _root.Add(gather);
        return this;
    }

    public VoiceResponse Record(RecordOptions? options = null)
    {
        var record = new XElement("Record");
        if (options is not null)
        {
            TwimlElements.Set(record, "action", options.Action);
            TwimlElements.Set(record, "method", options.Method);
            TwimlElements.Set(record, "timeout", options.Timeout);
            TwimlElements.Set(record, "maxLength", options.MaxLength);
            TwimlElements.Set(record, "finishOnKey", options.FinishOnKey);
            TwimlElements.Set(record, "playBeep", options.PlayBeep);
            TwimlElements.Set(record, "recordingStatusCallback", options.RecordingStatusCallback);
        }

        _root.Add(record);
        return this;
    }

    /// <summary>Connects the caller to the nouns <paramref name="nouns"/> adds (numbers, clients, a queue, a conference).</summary>
    public VoiceResponse Dial(DialOptions options, Action<DialNouns> nouns)
    {
        var dial = new XElement("Dial");
        TwimlElements.Set(dial, "action", options.Action);
        TwimlElements.Set(dial, "method", options.Method);
        TwimlElements.Set(dial, "timeout", options.Timeout);
        TwimlElements.Set(dial, "callerId", options.CallerId);
        TwimlElements.Set(dial, "answerOnBridge", options.AnswerOnBridge);
        TwimlElements.Set(dial, "timeLimit", options.TimeLimit);
        var builder = new DialNouns(dial);
        nouns(builder);
        if (!dial.HasElements)
        {
            throw new ArgumentException("A Dial needs at least one Number, Client, Queue or Conference.", nameof(nouns));
        }

        _root.Add(dial);
        return this;
    }

    /// <summary>Puts the caller in a queue (Twilio: name at most 64 characters) until a collector dequeues them.</summary>
    public VoiceResponse Enqueue(string queueName, EnqueueOptions? options = null)
    {
        if (string.IsNullOrWhiteSpace(queueName) || queueName.Length > 64)
        {
            throw new ArgumentException("A queue name has 1 to 64 characters.", nameof(queueName));
        }

        var enqueue = new XElement("Enqueue", TwimlElements.Clean(queueName));
        if (options is not null)
        {
            TwimlElements.Set(enqueue, "action", options.Action);
            TwimlElements.Set(enqueue, "waitUrl", options.WaitUrl);
            TwimlElements.Set(enqueue, "maxQueueSize", options.MaxQueueSize);
            TwimlElements.Set(enqueue, "workflowSid", options.WorkflowSid);
        }

        _root.Add(enqueue);
        return this;
    }

    public VoiceResponse Redirect(Uri url, TwimlMethod method = TwimlMethod.Post)
    {
        var redirect = new XElement("Redirect", url.AbsoluteUri);
        TwimlElements.Set(redirect, "method", method);
        _root.Add(redirect);
        return this;
    }

    public VoiceResponse Hangup()
    {
        _root.Add(new XElement("Hangup"));
        return this;
    }

    public override string ToString()
    {
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            _root.WriteTo(writer);
        }

        return text.ToString();
    }
}

/// <summary>What a caller hears while <c>&lt;Gather&gt;</c> listens.</summary>
internal sealed class GatherPrompt(XElement gather)
{
    public GatherPrompt Say(string text, SayOptions? options = null)
    {
        gather.Add(TwimlElements.Say(text, options));
        return this;
    }

    public GatherPrompt Play(Uri audio, int? loop = null)
    {
        gather.Add(TwimlElements.Play(audio, loop));
        return this;
    }

    public GatherPrompt Pause(int lengthSeconds = 1)
    {
        gather.Add(TwimlElements.Pause(lengthSeconds));
        return this;
    }
}

/// <summary>The nouns of a <c>&lt;Dial&gt;</c>.</summary>
internal sealed class DialNouns(XElement dial)
{
    /// <summary>A phone number in E.164.</summary>
    public DialNouns Number(string e164, DialLegOptions? options = null)
    {
        dial.Add(Leg("Number", e164, options));
        return this;
    }

    /// <summary>A softphone registered with this identity (a collector); the first to answer wins.</summary>
    public DialNouns Client(string identity, DialLegOptions? options = null)
    {
        dial.Add(Leg("Client", identity, options));
        return this;
    }

    /// <summary>Takes the caller who has waited longest in the named queue.</summary>
    public DialNouns Queue(string queueName, Uri? url = null)
    {
        var queue = new XElement("Queue", TwimlElements.Clean(queueName));
        TwimlElements.Set(queue, "url", url);
        dial.Add(queue);
        return this;
    }

    public DialNouns Conference(string roomName, ConferenceOptions? options = null)
    {
        var conference = new XElement("Conference", TwimlElements.Clean(roomName));
        if (options is not null)
        {
            TwimlElements.Set(conference, "startConferenceOnEnter", options.StartConferenceOnEnter);
            TwimlElements.Set(conference, "endConferenceOnExit", options.EndConferenceOnExit);
            TwimlElements.Set(conference, "beep", options.Beep);
            TwimlElements.Set(conference, "waitUrl", options.WaitUrl);
            TwimlElements.Set(conference, "statusCallback", options.StatusCallback);
        }

        dial.Add(conference);
        return this;
    }

    private static XElement Leg(string name, string target, DialLegOptions? options)
    {
        var leg = new XElement(name, TwimlElements.Clean(target));
        if (options is not null)
        {
            TwimlElements.Set(leg, "url", options.Url);
            TwimlElements.Set(leg, "statusCallback", options.StatusCallback);
            TwimlElements.Set(leg, "statusCallbackEvent", options.StatusCallbackEvents == DialLegEvents.None ? null : TwimlElements.Words(options.StatusCallbackEvents));
        }

        return leg;
    }
}

internal static class TwimlElements
{
    public static XElement Say(string text, SayOptions? options)
    {
        var say = new XElement("Say", Clean(text));
        if (options is not null)
        {
            Set(say, "voice", options.Voice);
            Set(say, "language", options.Language);
            Set(say, "loop", options.Loop);
        }

        return say;
    }

    public static XElement Play(Uri audio, int? loop)
    {
        var play = new XElement("Play", audio.AbsoluteUri);
        Set(play, "loop", loop);
        return play;
    }

    public static XElement Pause(int lengthSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lengthSeconds, 1);
        var pause = new XElement("Pause");
        Set(pause, "length", lengthSeconds);
        return pause;
    }

    public static void Set(XElement element, string name, string? value)
    {
        if (value is not null)
        {
            element.SetAttributeValue(name, Clean(value));
        }
    }

    public static void Set(XElement element, string name, Uri? value) => Set(element, name, value?.AbsoluteUri);

    public static void Set(XElement element, string name, int? value) => Set(element, name, value?.ToString(CultureInfo.InvariantCulture));

    public static void Set(XElement element, string name, bool? value) => Set(element, name, value switch { true => "true", false => "false", null => null });

    public static void Set(XElement element, string name, TwimlMethod? value) => Set(element, name, value?.ToString().ToUpperInvariant());

    /// <summary>Multi-valued attributes are space-separated lower-case words (<c>initiated ringing answered</c>).</summary>
    public static string Words<TFlags>(TFlags flags)
        where TFlags : struct, Enum =>
        string.Join(' ', Enum.GetValues<TFlags>().Where(f => Convert.ToInt32(f, CultureInfo.InvariantCulture) != 0 && flags.HasFlag(f)).Select(f => f.ToString().ToLowerInvariant()));

    /// <summary>Drops characters XML 1.0 cannot represent (control characters, lone surrogates).</summary>
    public static string Clean(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(text, i, 2);
                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                clean.Append(text[i]);
            }
        }

        return clean.ToString();
    }
}
