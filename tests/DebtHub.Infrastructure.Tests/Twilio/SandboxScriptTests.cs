using DebtHub.TwilioSandbox.Simulation;

namespace DebtHub.Infrastructure.Tests.Twilio;

public sealed class SandboxScriptTests
{
    [Fact]
    public void The_first_matching_rule_scripts_the_number()
    {
        var scripts = new CallScripts(new RulesFile
        {
            Rules =
            [
                new CallRule { Pattern = "+1555000*", Script = new CallScript { Outcome = "busy" } },
                new CallRule { Pattern = "+1555???1234", Script = new CallScript { Outcome = "answered", AnsweredBy = "fax" } },
            ],
        }, seed: 1);

        Assert.Equal("busy", scripts.For("+15550001111").Outcome);
        Assert.Equal("fax", scripts.For("+15559991234").AnsweredBy);
    }

    [Fact]
    public void The_random_mix_repeats_for_the_same_seed_and_covers_every_outcome()
    {
        var rules = new RulesFile { Mix = new Dictionary<string, double> { ["human"] = 1, ["machine_end_beep"] = 1, ["busy"] = 1, ["no-answer"] = 1 } };
        string Draw(CallScripts s) { var script = s.For("+12125550100"); return script.Outcome == "answered" ? script.AnsweredBy : script.Outcome; }

        var first = Enumerable.Range(0, 200).Select(_ => new CallScripts(rules, 99)).Select(Draw).ToList();
        var a = new CallScripts(rules, 99);
        var b = new CallScripts(rules, 99);
        var runA = Enumerable.Range(0, 200).Select(_ => Draw(a)).ToList();
        var runB = Enumerable.Range(0, 200).Select(_ => Draw(b)).ToList();

        Assert.Equal(runA, runB);
        Assert.Equal(["busy", "human", "machine_end_beep", "no-answer"], runA.Distinct().Order());
        Assert.Single(first.Distinct());
    }
}
