using System.Xml.Linq;
using DebtHub.Infrastructure.Twilio.Twiml;

namespace DebtHub.Infrastructure.Tests.Twilio;

public sealed class TwimlTests
{
    [Fact]
    public void Text_with_markup_characters_is_escaped_not_interpreted()
    {
        var xml = new VoiceResponse().Say("Smith & Sons <Hangup/> \"owes\"").ToString();

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Say>", xml, StringComparison.Ordinal);
        Assert.Contains("Smith &amp; Sons &lt;Hangup/&gt; \"owes\"", xml, StringComparison.Ordinal);
        var say = Assert.Single(XDocument.Parse(xml).Root!.Elements());
        Assert.Equal("Smith & Sons <Hangup/> \"owes\"", say.Value);
    }

    [Fact]
    public void Attribute_values_with_quotes_and_ampersands_round_trip()
    {
        var xml = new VoiceResponse()
            .Redirect(new Uri("https://x.example/next?a=1&b=\"2\""))
            .Dial(new DialOptions { CallerId = "+15005550006", Action = new Uri("https://x.example/dial?x=1&y=2") }, d => d.Number("+14155550123"))
            .ToString();

        var dial = XDocument.Parse(xml).Root!.Element("Dial")!;
        Assert.Equal("https://x.example/dial?x=1&y=2", dial.Attribute("action")!.Value);
        Assert.Contains("action=\"https://x.example/dial?x=1&amp;y=2\"", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_are_dropped_instead_of_breaking_the_document()
    {
        var xml = new VoiceResponse().Say("Hello\u0001 Ann \U0001F600").ToString();

        Assert.Equal("Hello Ann \U0001F600", XDocument.Parse(xml).Root!.Element("Say")!.Value);
    }

    [Fact]
    public void Every_verb_renders_with_twilio_attribute_names()
    {
        var xml = new VoiceResponse()
            .Say("Hi", new SayOptions(Voice: "Polly.Joanna", Language: "en-US", Loop: 2))
            .Play(new Uri("https://cdn.example/a.mp3"), loop: 1)
            .Pause(2)
            .Gather(new GatherOptions { Action = new Uri("https://x.example/g"), Input = GatherInput.Dtmf | GatherInput.Speech, NumDigits = 1, Timeout = 5 },
                g => g.Say("Press 1").Pause(1))
            .Record(new RecordOptions { MaxLength = 30, PlayBeep = true, FinishOnKey = "#" })
            .Dial(new DialOptions { AnswerOnBridge = true, Timeout = 20 }, d => d
                .Client("collector_42", new DialLegOptions { StatusCallbackEvents = DialLegEvents.Initiated | DialLegEvents.Answered | DialLegEvents.Completed })
                .Number("+14155550123")
                .Queue("collections")
                .Conference("room-1", new ConferenceOptions { StartConferenceOnEnter = true, EndConferenceOnExit = false }))
            .Enqueue("collections", new EnqueueOptions { MaxQueueSize = 10 })
            .Redirect(new Uri("https://x.example/r"), TwimlMethod.Get)
            .Hangup()
            .ToString();

        var verbs = XDocument.Parse(xml).Root!.Elements().ToList();
        Assert.Equal(["Say", "Play", "Pause", "Gather", "Record", "Dial", "Enqueue", "Redirect", "Hangup"], verbs.Select(v => v.Name.LocalName));
        Assert.Equal("Polly.Joanna", verbs[0].Attribute("voice")!.Value);
        Assert.Equal("2", verbs[2].Attribute("length")!.Value);
        Assert.Equal("dtmf speech", verbs[3].Attribute("input")!.Value);
        Assert.Equal(["Say", "Pause"], verbs[3].Elements().Select(e => e.Name.LocalName));
        Assert.Equal("true", verbs[4].Attribute("playBeep")!.Value);
        Assert.Equal("true", verbs[5].Attribute("answerOnBridge")!.Value);
        Assert.Equal(["Client", "Number", "Queue", "Conference"], verbs[5].Elements().Select(e => e.Name.LocalName));
        Assert.Equal("initiated answered completed", verbs[5].Element("Client")!.Attribute("statusCallbackEvent")!.Value);
        Assert.Equal("true", verbs[5].Element("Conference")!.Attribute("startConferenceOnEnter")!.Value);
        Assert.Equal("GET", verbs[7].Attribute("method")!.Value);
    }

    [Fact]
    public void A_dial_without_nouns_and_an_overlong_queue_name_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new VoiceResponse().Dial(new DialOptions(), _ => { }));
        Assert.Throws<ArgumentException>(() => new VoiceResponse().Enqueue(new string('q', 65)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new VoiceResponse().Pause(0));
    }
}
