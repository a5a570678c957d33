using DebtHub.Domain.Campaigns;
using DebtHub.Domain.Common;

namespace DebtHub.Domain.Tests.Campaigns;

public sealed class CampaignTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 10, 15, 0, 0, TimeSpan.Zero);

    internal static CampaignSettings Settings(DialMode mode = DialMode.Progressive, bool amd = false, VoicemailPolicy? voicemail = null) => new(
        mode,
        CampaignSegment.Everything,
        CallingHours.Of(new TimeOnly(9, 0), new TimeOnly(20, 0), null),
        CallerIdPool.Of(["+13125550100", "+12125550100"], localPresence: true),
        RetryRules.Default,
        amd,
        voicemail ?? VoicemailPolicy.HangUp,
        PriorityOrder.Default,
        PacingSettings.Default);

    [Fact]
    public void Calling_hours_wider_than_the_law_are_refused()
    {
        var early = Assert.Throws<DomainException>(() => CallingHours.Of(new TimeOnly(7, 30), new TimeOnly(20, 0), null));
        var late = Assert.Throws<DomainException>(() => CallingHours.Of(new TimeOnly(9, 0), new TimeOnly(21, 30), null));

        Assert.Equal("HOURS_WIDER_THAN_LAW", early.Code);
        Assert.Equal("HOURS_WIDER_THAN_LAW", late.Code);
        Assert.Contains("1006.6(b)(1)(i)", late.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_next_opening_of_weekday_hours_after_friday_evening_is_monday_morning()
    {
        var hours = CallingHours.Of(new TimeOnly(9, 0), new TimeOnly(18, 0), [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday]);

        Assert.Equal(new DateTime(2026, 6, 15, 9, 0, 0), hours.NextOpening(new DateTime(2026, 6, 12, 18, 30, 0)));
        Assert.Equal(new DateTime(2026, 6, 12, 9, 0, 0), hours.NextOpening(new DateTime(2026, 6, 12, 7, 0, 0)));
        Assert.True(hours.IsOpenAt(new DateTime(2026, 6, 12, 17, 59, 0)));
        Assert.False(hours.IsOpenAt(new DateTime(2026, 6, 13, 12, 0, 0)));
    }

    [Fact]
    public void Local_presence_shows_the_owned_number_with_the_debtors_area_code()
    {
        var pool = CallerIdPool.Of(["+13125550100", "+12125550100", "+12125550111"], localPresence: true);

        Assert.Equal("+13125550100", pool.ChooseFor("+13125559999", 7));
        Assert.StartsWith("+1212", pool.ChooseFor("+12125559999", 3), StringComparison.Ordinal);
        Assert.Contains(pool.ChooseFor("+14155559999", 1), pool.Numbers);
    }

    [Fact]
    public void Leaving_voicemail_without_answering_machine_detection_is_refused_and_changes_nothing()
    {
        var campaign = Campaign.Create("June reminders", Settings(), Now);
        var voicemail = VoicemailPolicy.LeaveLimitedContentMessage(
            "This is {person} from {business}. Please call me back at {callback}.", "Northwind Services", "Robin", "+13125550100");

        var error = Assert.Throws<DomainException>(() => campaign.Update("Renamed", Settings(voicemail: voicemail), Now));

        Assert.Equal("VOICEMAIL_NEEDS_AMD", error.Code);
        Assert.Equal("June reminders", campaign.Name);
        Assert.False(campaign.Voicemail.LeaveMessage);
    }

    [Fact]
    public void A_campaign_starts_pauses_and_stops_and_a_stopped_one_never_starts_again()
    {
        var campaign = Campaign.Create("June reminders", Settings(), Now);
        Assert.Equal(CampaignStatus.Draft, campaign.Status);

        campaign.Start(Now);
        campaign.Pause(Now.AddHours(1));
        campaign.Start(Now.AddHours(2));
        campaign.Stop(Now.AddHours(3));

        Assert.Equal(CampaignStatus.Stopped, campaign.Status);
        Assert.Equal(Now, campaign.StartedAt);
        Assert.Equal("CAMPAIGN_STOPPED", Assert.Throws<DomainException>(() => campaign.Start(Now.AddHours(4))).Code);
    }

    [Fact]
    public void A_target_abandon_rate_above_three_percent_is_refused()
    {
        Assert.Equal("ABANDON_TARGET_ABOVE_CAP", Assert.Throws<DomainException>(() => PacingSettings.Of(0.05m, null)).Code);
    }
}
