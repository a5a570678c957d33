using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Evaluation;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Compliance.Location;
using DebtHub.Domain.Contact;

namespace DebtHub.Infrastructure.Ledger;

/// <summary>
/// A contact the gate allowed, as the ledger needs it: the limits to check (numbers from the same <c>RuleSet</c> the
/// gate used), the windows the contact will count in, and what the attempt record will say. Build it with
/// <see cref="For(ContactPermit, ContactContext)"/>; the reservation id is the permit's id, so a permit is counted once.
/// </summary>
public sealed record ReservationRequest(
    Guid ReservationId,
    Guid DebtorId,
    DateTimeOffset At,
    DateTimeOffset ExpiresAt,
    IReadOnlyList<LedgerLimit> Limits,
    IReadOnlyList<LedgerCounter> Counters,
    ReservedContact Contact,
    IReadOnlyList<ZoneRules> Zones)
{
    /// <summary>The reservation for a permit the gate just issued, decided on <paramref name="context"/>.</summary>
    public static ReservationRequest For(ContactPermit permit, ContactContext context)
    {
        ArgumentNullException.ThrowIfNull(permit);
        return For(permit.Id, context, permit.ExpiresAt);
    }

    /// <summary>
    /// The limits RULES.md puts on counts (Reg F 7-in-7 and the conversation bar, Massachusetts, Washington, New York
    /// City, TCPA prerecorded calls, policy per number), as the compliance rules apply them to this context at
    /// <c>context.Request.At</c>. Time-of-day rules are the gate's alone: they need no shared count.
    /// </summary>
    public static ReservationRequest For(Guid reservationId, ContactContext context, DateTimeOffset expiresAt)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var at = request.At;
        var rules = context.RuleSet;
        var debts = context.Facts.Debts;
        var channel = request.Channel;
        var isCall = channel == ContactChannel.Call;
        var isPhone = channel is ContactChannel.Call or ContactChannel.Text;
        var limits = new List<LedgerLimit>();

        var counted = new List<Guid>(debts.Count);
        foreach (var debt in debts)
        {
            if (context.DirectConsentCovers(debt.Id, at))
            {
                continue;
            }

            counted.Add(debt.Key);
            if (isCall && context.RegulationFApplies)
            {
                limits.Add(LedgerLimit.Count("FREQ-7IN7", LedgerCounter.RegulationF(debt.Key), rules.RegulationF.MaxCallsPerDebt, rules.RegulationF.CallWindow));
                limits.Add(LedgerLimit.Bar("FREQ-CONV-BAR", LedgerCounter.Conversations(debt.Key), BarFrom(at, context.CandidateZones, rules.RegulationF.ConversationBarDays), rules.RegulationF.ConversationBarDays));
            }
        }

        var ma = rules.Massachusetts;
        if (context.Is(Jurisdiction.Massachusetts) && at >= ma.EffectiveFrom && isPhone && context.DestinationPhone is { } maPhone)
        {
            var personal = maPhone.Use is PhoneUse.Home or PhoneUse.Mobile;
            foreach (var key in debts.Select(d => d.Key).Distinct())
            {
                limits.Add(personal
                    ? LedgerLimit.Count("MA-CALLS", LedgerCounter.MassachusettsPersonal(key), ma.MaxPerWeekHomeOrCell, ma.Week)
                    : LedgerLimit.Count("MA-CALLS", LedgerCounter.MassachusettsOther(key), ma.MaxPerMonthOtherNumbers, ma.Month));
            }
        }

        var wa = rules.Washington;
        if (context.Is(Jurisdiction.Washington) && at >= wa.EffectiveFrom && channel != ContactChannel.Letter)
        {
            limits.Add(LedgerLimit.Count("WA-CALLS", LedgerCounter.Washington, wa.MaxPerWeek, wa.Week));
            if (isPhone && context.DestinationPhone is { IsWork: true })
            {
                limits.Add(LedgerLimit.Count("WA-CALLS", LedgerCounter.WashingtonWork, wa.MaxPerWeekAtWork, wa.Week));
            }
        }

        var nyc = rules.NewYorkCity;
        if (context.Is(Jurisdiction.NewYorkCity) && at >= nyc.EffectiveFrom && channel != ContactChannel.Letter)
        {
            foreach (var debt in debts)
            {
                limits.Add(LedgerLimit.Count("NYC-SHIELD", LedgerCounter.NewYorkCity(debt.Id), nyc.MaxAttemptsPerWeek, nyc.Week));
            }
        }

        if (isPhone && context.Policy.MaxAttemptsPerNumberPerDay is { } perDay)
        {
            limits.Add(LedgerLimit.Count("POLICY-NUMBER-DAY", LedgerCounter.Number(request.Destination), perDay, TimeSpan.FromHours(24)));
        }

        if (isPhone && context.Policy.MinSpacingOnOneNumber is { } spacing && spacing > TimeSpan.Zero)
        {
            limits.Add(LedgerLimit.Spacing("POLICY-SPACING", LedgerCounter.Number(request.Destination), spacing));
        }

        if (isCall && request.Mode == ContactMode.Prerecorded && context.DestinationPhone is { LineType: LineType.Landline } line
            && !(line.TcpaConsents?.Any(c => c.IsActiveAt(at) && c.CoversPrerecorded) ?? false))
        {
            limits.Add(LedgerLimit.Count("TCPA-PRERECORD-RESIDENTIAL", LedgerCounter.Prerecorded(request.Destination),
                rules.Tcpa.MaxPrerecordedToResidentialWithoutConsent, rules.Tcpa.PrerecordedWindow));
        }

        var contact = new ReservedContact(
            [.. debts.Select(d => d.Id)],
            [.. debts.Select(d => d.Key).Distinct()],
            isCall ? [.. counted.Distinct()] : [],
            channel,
            isCall ? request.Mode : null,
            request.Destination,
            context.DestinationPhone?.Use);
        return new ReservationRequest(reservationId, context.Facts.Debtor.Id, at, expiresAt, limits, contact.Counters(), contact, context.CandidateZones);
    }

    /// <summary>
    /// The attempt record for this reservation, placed at <paramref name="placedAt"/>, to pass to
    /// <see cref="IContactLedger.ConfirmAsync"/>.
    /// </summary>
    public ContactAttempt Attempt(DateTimeOffset placedAt, ComplianceSnapshot compliance, DateTimeOffset recordedAt, Guid? collectorId = null, Guid? campaignId = null) =>
        ContactAttempt.Outbound(
            ReservationId, DebtorId, Contact.AccountIds, Contact.DebtKeys, Contact.CountedDebtKeys, Contact.Channel, Contact.Mode,
            Contact.Destination, Contact.DestinationUse, placedAt, compliance, recordedAt, collectorId: collectorId, campaignId: campaignId);

    /// <summary>
    /// The first instant a conversation bars a call at <paramref name="at"/>: the conversation's local date is day 1 of
    /// 7, read in whichever candidate zone makes the bar longest (RULES.md FREQ-CONV-BAR).
    /// </summary>
    internal static DateTimeOffset BarFrom(DateTimeOffset at, IReadOnlyList<ZoneRules> zones, int days)
    {
        if (zones.Count == 0)
        {
            return at.AddDays(-days);
        }

        var from = DateTimeOffset.MaxValue;
        foreach (var zone in zones)
        {
            var start = ZoneClock.StartOfDay(ZoneClock.LocalTime(at, zone).Date.AddDays(1 - days), zone);
            if (start < from)
            {
                from = start;
            }
        }

        return from;
    }

    /// <summary>When a conversation at <paramref name="conversationAt"/> stops barring calls: local midnight of day 8, latest zone.</summary>
    internal static DateTimeOffset BarEnds(DateTimeOffset conversationAt, IReadOnlyList<ZoneRules> zones, int days)
    {
        if (zones.Count == 0)
        {
            return conversationAt.AddDays(days);
        }

        var ends = DateTimeOffset.MinValue;
        foreach (var zone in zones)
        {
            var end = ZoneClock.StartOfDay(ZoneClock.LocalTime(conversationAt, zone).Date.AddDays(days), zone);
            if (end > ends)
            {
                ends = end;
            }
        }

        return ends;
    }
}

/// <summary>What the attempt record of a reservation will say: the debts, how and where.</summary>
/// <param name="CountedDebtKeys">The particular debts a call counts toward (debts under direct consent left out).</param>
public sealed record ReservedContact(
    IReadOnlyList<Guid> AccountIds,
    IReadOnlyList<Guid> DebtKeys,
    IReadOnlyList<Guid> CountedDebtKeys,
    ContactChannel Channel,
    ContactMode? Mode,
    string Destination,
    PhoneUse? DestinationUse,
    bool RespondsToConsumerRequest = false)
{
    internal List<LedgerCounter> Counters() =>
        LedgerCounter.For(Channel, Mode, Destination, DestinationUse, AccountIds, DebtKeys, CountedDebtKeys, RespondsToConsumerRequest, notConnected: false);
}
