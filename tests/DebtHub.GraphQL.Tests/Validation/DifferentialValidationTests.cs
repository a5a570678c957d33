using DebtHub.GraphQL.Tests.Oracle;

namespace DebtHub.GraphQL.Tests.Validation;

/// <summary>
/// Every document of Validation/Corpus.graphql (separated by "# ---" lines) is parsed and validated against the spec
/// example schema by graphql-js 16.15 (through Node) and by us; messages and locations must be identical.
/// </summary>
public sealed class DifferentialValidationTests
{
    [Fact]
    public async Task Our_validator_reports_exactly_what_graphql_js_reports_on_the_whole_corpus()
    {
        var corpus = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Validation", "Corpus.graphql"))
            .Split("\n# ---\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.True(corpus.Length >= 150, $"the corpus has only {corpus.Length} documents");

        var expected = await NodeOracle.ValidateAsync(SpecSchema.Sdl, corpus);

        var mismatches = new List<string>();
        for (var i = 0; i < corpus.Length; i++)
        {
            var ours = SpecSchema.Validate(corpus[i]);
            var theirs = expected[i];
            if (ours.IsSyntaxError != theirs.IsSyntaxError || !ours.Errors.SequenceEqual(theirs.Errors))
            {
                mismatches.Add($"#{i}: {corpus[i]}\n  graphql-js: {string.Join(" | ", theirs.Errors)}\n  ours:       {string.Join(" | ", ours.Errors)}");
            }
        }

        Assert.True(expected.Count(r => !r.IsSyntaxError && r.Errors.Count == 0) >= 30, "the corpus needs valid documents too");
        Assert.True(expected.Count(r => !r.IsSyntaxError && r.Errors.Count > 0) >= 120, "the corpus needs invalid documents for every rule");
        Assert.True(expected.Count(r => r.IsSyntaxError) >= 5, "the corpus needs syntax errors too");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {corpus.Length} documents differ:\n" + string.Join("\n", mismatches));
    }
}
