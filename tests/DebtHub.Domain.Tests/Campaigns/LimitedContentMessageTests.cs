using DebtHub.Domain.Campaigns;
using DebtHub.Domain.Common;

namespace DebtHub.Domain.Tests.Campaigns;

public sealed class LimitedContentMessageTests
{
    private const string Good = "Hello {consumer}. This is {person} from {business}. Please call me back at {callback}. Any representative can help you.";

    [Fact]
    public void A_message_with_exactly_the_required_and_allowed_elements_passes()
    {
        Assert.Empty(LimitedContentMessage.Check(Good, "Northwind Services", "Robin"));
        Assert.Empty(LimitedContentMessage.Check(
            "This is {person} calling from {business}. Please return my call at {callback}, weekdays between 9am and 5pm. It is {time} on {date}.",
            "Northwind Services",
            "Robin"));
    }

    [Fact]
    public void A_word_about_the_debt_is_refused_with_the_sentence_that_carries_it()
    {
        var problems = LimitedContentMessage.Check(
            "This is {person} from {business}. Please call me back at {callback} about your past due balance.", "Northwind Services", "Robin");

        var problem = Assert.Single(problems);
        Assert.Contains("Sentence 2", problem, StringComparison.Ordinal);
        Assert.Contains("'balance'", problem, StringComparison.Ordinal);
        Assert.Contains("'past due'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Anything_that_is_none_of_the_elements_is_refused_even_without_debt_words()
    {
        var problems = LimitedContentMessage.Check(
            "This is {person} from {business}. Please call me back at {callback}. We have an important offer for you.", "Northwind Services", "Robin");

        Assert.Contains(problems, p => p.Contains("'important'", StringComparison.Ordinal) && p.Contains("'offer'", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_missing_required_element_is_named_with_its_citation()
    {
        var problems = LimitedContentMessage.Check("Hello. This is a message for you.", "Northwind Services", "Robin");

        Assert.Contains(problems, p => p.Contains("{business}", StringComparison.Ordinal) && p.Contains("1006.2(j)(1)(i)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("{person}", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("{callback}", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("request that the consumer reply", StringComparison.Ordinal));
    }

    [Fact]
    public void A_business_name_that_says_debt_collection_is_refused()
    {
        var problems = LimitedContentMessage.Check(Good, "Acme Debt Recovery", "Robin");

        Assert.Contains(problems, p => p.Contains("may not indicate debt collection", StringComparison.Ordinal));
    }

    [Fact]
    public void The_consumer_name_belongs_only_in_the_salutation()
    {
        var problems = LimitedContentMessage.Check("This is {person} from {business}. {consumer}, please call me back at {callback}.", "Northwind", "Robin");

        Assert.Contains(problems, p => p.Contains("only in the opening salutation", StringComparison.Ordinal));
    }

    [Fact]
    public void A_voicemail_policy_renders_the_message_only_where_the_permit_allows_one()
    {
        var policy = VoicemailPolicy.LeaveLimitedContentMessage(Good, "Northwind Services", "Robin", "+13125550100");
        var local = new DateTime(2026, 6, 10, 10, 0, 0);

        Assert.Null(policy.MessageFor(permitAllowsVoicemail: false, local));
        Assert.Equal(
            "Hello. This is Robin from Northwind Services. Please call me back at 1 3 1 2 5 5 5 0 1 0 0. Any representative can help you.",
            policy.MessageFor(permitAllowsVoicemail: true, local));
        Assert.Null(VoicemailPolicy.HangUp.MessageFor(permitAllowsVoicemail: true, local));
    }

    [Fact]
    public void A_policy_over_a_template_that_is_not_limited_content_cannot_be_made()
    {
        var error = Assert.Throws<DomainException>(() => VoicemailPolicy.LeaveLimitedContentMessage(
            "This is {person} from {business} about your debt. Call {callback}.", "Northwind", "Robin", "+13125550100"));

        Assert.Equal("NOT_A_LIMITED_CONTENT_MESSAGE", error.Code);
    }
}
