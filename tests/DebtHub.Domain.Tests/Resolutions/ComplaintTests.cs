using DebtHub.Domain.Common;
using DebtHub.Domain.Resolutions.Complaints;
using static DebtHub.Domain.Tests.Resolutions.Given;

namespace DebtHub.Domain.Tests.Resolutions;

public sealed class ComplaintTests
{
    [Fact]
    public void A_complaint_through_the_cfpb_is_due_in_fifteen_days()
    {
        var complaint = Complaint.Log(Guid.NewGuid(), null, ComplaintCategory.Harassment, ComplaintChannel.Cfpb, "Too many calls", Today, null, Ana, Now);

        Assert.Equal(Today.AddDays(15), complaint.DueOn);
        Assert.Equal(ComplaintStatus.Open, complaint.Status);
    }

    [Fact]
    public void A_complaint_made_to_us_directly_is_due_in_thirty_days_unless_a_date_is_given()
    {
        var byDefault = Complaint.Log(Guid.NewGuid(), null, ComplaintCategory.WrongAmount, ComplaintChannel.Phone, "Fee wrong", Today, null, Ana, Now);
        var explicitDate = Complaint.Log(Guid.NewGuid(), null, ComplaintCategory.WrongAmount, ComplaintChannel.Phone, "Fee wrong", Today, Today.AddDays(5), Ana, Now);

        Assert.Equal(Today.AddDays(30), byDefault.DueOn);
        Assert.Equal(Today.AddDays(5), explicitDate.DueOn);
    }

    [Fact]
    public void An_open_complaint_past_its_due_date_is_overdue_and_a_resolved_one_is_not()
    {
        var complaint = Complaint.Log(Guid.NewGuid(), null, ComplaintCategory.CollectorConduct, ComplaintChannel.Email, "Rude agent", Today, null, Ana, Now);
        var overdue = complaint.IsOverdueOn(Today.AddDays(31));

        complaint.Resolve("Coached the agent; apologised in writing", Sam, Now.AddDays(31));

        Assert.True(overdue);
        Assert.False(complaint.IsOverdueOn(Today.AddDays(31)));
        Assert.Equal("sam", complaint.ResolvedBy);
    }

    [Fact]
    public void A_complaint_due_before_it_was_received_is_refused()
    {
        Assert.Equal("INVALID_DATE", Assert.Throws<DomainException>(() =>
            Complaint.Log(Guid.NewGuid(), null, ComplaintCategory.Other, ComplaintChannel.Mail, "x", Today, Today.AddDays(-1), Ana, Now)).Code);
    }

    [Fact]
    public void A_complaint_is_resolved_once()
    {
        var complaint = Complaint.Log(Guid.NewGuid(), null, ComplaintCategory.Other, ComplaintChannel.Mail, "x", Today, null, Ana, Now);
        complaint.Resolve("Done", Sam, Now);

        Assert.Equal("COMPLAINT_RESOLVED", Assert.Throws<DomainException>(() => complaint.Resolve("Again", Sam, Now)).Code);
    }
}
