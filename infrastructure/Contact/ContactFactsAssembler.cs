using DebtHub.Domain.Accounts;
using DebtHub.Domain.Common;
using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Contact;
using DebtHub.Domain.Creditors;
using DebtHub.Domain.Debtors;
using DomainLineType = DebtHub.Domain.Debtors.LineType;
using FactsLineType = DebtHub.Domain.Compliance.Facts.LineType;

namespace DebtHub.Infrastructure.Contact;

/// <summary>
/// Turns the stored rows into the compliance facts. Where the record is less precise than the facts, it takes the reading
/// that contacts less (each case says so below), because a wrong "allowed" costs far more than a wrong "wait".
/// </summary>
internal static class ContactFactsAssembler
{
    /// <summary>Account statuses that mean a person decided to stop contact, even when no hold records it.</summary>
    private static readonly string[] StoppedStatuses =
        [nameof(AccountStatus.Cease), nameof(AccountStatus.AttorneyRepresented), nameof(AccountStatus.Bankruptcy), nameof(AccountStatus.Deceased), nameof(AccountStatus.Disputed)];

    public static ContactSnapshot Assemble(ContactRows rows, Guid[] accountIds, ContactChannel channel, DateTimeOffset at)
    {
        var debtor = rows.Debtor!;
        var deceasedAt = debtor.DeceasedReportedAt;
        foreach (var hold in rows.Holds.Where(h => h.Kind == nameof(HoldKind.Deceased) && IsActive(h, at)))
        {
            deceasedAt = deceasedAt is null || hold.PlacedAt < deceasedAt ? hold.PlacedAt : deceasedAt;
        }

        var debts = accountIds.Select(id => Debt(rows.Accounts.Single(a => a.Id == id), rows, debtor, at)).ToArray();
        var phones = rows.Phones.Select(p => Phone(p, rows.Consents, channel)).ToArray();
        var facts = new ContactFacts(
            new DebtorFacts(debtor.Id, deceasedAt),
            debts,
            phones,
            [.. rows.Addresses.Select(a => new AddressFacts(ZipCode.IsValid(a.Zip) ? ZipCode.Zip5(a.Zip) : null, a.State))],
            [.. rows.Emails.Select(e => new EmailFacts(e.Address, e.IsWork))],
            [.. rows.Inconvenient.Select(w => new InconvenientWindowFacts(
                [.. w.Days.Select(d => (DayOfWeek)d)], w.Start, w.End, w.TimeZoneId, rows.Phones.Find(p => p.Id == w.PhoneId)?.Number))],
            StatedLocation(debtor),
            [.. rows.Attempts.Where(a => a.Direction == nameof(ContactDirection.Outbound)).Select(Attempt)],
            [.. rows.Attempts.Where(a => a.Conversation).Select(a => new ConversationFacts(a.PlacedAt, a.AccountIds, a.Direction == nameof(ContactDirection.Inbound)))],
            [.. rows.DirectConsents.Select(c => new DirectConsentFacts(c.GrantedAt, c.AccountIds, c.StatedEnd, c.RevokedAt))],
            OptOuts(rows, at),
            Creditor(rows.Creditors),
            CampaignPolicy: null);
        return new ContactSnapshot(
            facts,
            [.. rows.Phones.Select(p => new PhoneOnFile(p.Id, p.Number, Enum.Parse<PhoneStatus>(p.Status), p.LineType == nameof(DomainLineType.Mobile), p.DoNotCallSince is not null))],
            [.. rows.Emails.Select(e => new EmailOnFile(e.Id, e.Address))],
            [.. rows.Addresses.Select(a => a.Id)]);
    }

    private static bool IsActive(HoldRow hold, DateTimeOffset at) => hold.PlacedAt <= at && (hold.LiftedAt is null || hold.LiftedAt > at);

    private static DebtFacts Debt(AccountRow account, ContactRows rows, DebtorRow debtor, DateTimeOffset at)
    {
        var holds = rows.Holds.Where(h => h.AccountId == account.Id).ToList();
        var active = holds.Where(h => IsActive(h, at)).ToList();
        DateTimeOffset? Placed(HoldKind kind) => active.Find(h => h.Kind == kind.ToString())?.PlacedAt;

        var manual = holds.Where(h => h.Kind == nameof(HoldKind.Other)).Select(h => new HoldFacts(h.Reason, h.PlacedAt, h.LiftedAt)).ToList();
        if (StoppedStatuses.Contains(account.Status) && !active.Exists(h => h.Kind != nameof(HoldKind.Other)))
        {
            // A status set without its hold: we do not know when or why, so it stops contact until a person looks.
            manual.Add(new HoldFacts($"account status {account.Status} without a recorded hold", DateTimeOffset.MinValue));
        }

        BankruptcyFacts? bankruptcy = null;
        var bankruptcyHold = Placed(HoldKind.Bankruptcy);
        if (bankruptcyHold is not null || debtor.BankruptcyReportedAt is not null)
        {
            // The chapter is on the debtor's filing; a hold without a filing is read as chapter 7 (the stay is the same).
            var notified = new[] { bankruptcyHold, debtor.BankruptcyReportedAt }.Where(t => t is not null).Min()!.Value;
            bankruptcy = new BankruptcyFacts(notified, debtor.BankruptcyChapter ?? 7);
        }

        return new DebtFacts(
            account.Id,
            Status: account.Status switch
            {
                nameof(AccountStatus.PaidInFull) or nameof(AccountStatus.Settled) => DebtStatus.PaidInFull,
                nameof(AccountStatus.Closed) => DebtStatus.Closed,
                _ => DebtStatus.Active,
            },
            Holds: manual,
            Dispute: Placed(HoldKind.Dispute) is null ? DisputeStatus.None : DisputeStatus.WrittenTimelyPendingVerification,
            CeaseReceivedAt: Placed(HoldKind.Cease),
            Attorney: Placed(HoldKind.AttorneyRepresentation) is { } notifiedAt ? new AttorneyFacts(notifiedAt) : null,
            Bankruptcy: bankruptcy,
            FirstCommunicationAt: account.FirstCommunicationAt,
            ValidationNoticeSentAt: account.ValidationNoticeSentAt);
    }

    /// <summary>
    /// The record keeps line type and a work flag, not how the consumer uses the number: a work number is Work, a mobile
    /// Mobile, anything else Home (a consumer's own number; Massachusetts then allows 2 a week rather than 2 a month).
    /// TCPA consents are those whose scope covers the channel: texts need text or call consent, calls need call consent;
    /// only a prerecorded-voice consent covers prerecorded calls.
    /// </summary>
    private static PhoneFacts Phone(PhoneRow phone, List<ConsentRow> consents, ContactChannel channel)
    {
        var lineType = Enum.Parse<DomainLineType>(phone.LineType) switch
        {
            DomainLineType.Mobile => FactsLineType.Wireless,
            DomainLineType.Landline => FactsLineType.Landline,
            DomainLineType.Voip => FactsLineType.Voip,
            _ => FactsLineType.Unknown,
        };
        var use = phone.IsWork ? PhoneUse.Work : lineType == FactsLineType.Wireless ? PhoneUse.Mobile : PhoneUse.Home;
        var tcpa = consents
            .Where(c => c.PhoneId == phone.Id)
            .Select(c => (Scope: Enum.Parse<ConsentScope>(c.Scope), Row: c))
            .Where(c => channel == ContactChannel.Text ? true : c.Scope != ConsentScope.TextMessages)
            .Select(c => new TcpaConsentFacts(c.Row.Source, c.Row.ObtainedAt, c.Scope == ConsentScope.PrerecordedVoice, c.Row.RevokedAt))
            .ToArray();
        return new PhoneFacts(phone.Number, lineType, use, tcpa, EmployerProhibitsCalls: phone.EmployerProhibitsCalls);
    }

    /// <summary>A stated location is a ZIP or a state code; a location stated before its time was recorded counts from the debtor's creation.</summary>
    private static StatedLocationFacts? StatedLocation(DebtorRow debtor)
    {
        if (string.IsNullOrWhiteSpace(debtor.StatedLocation))
        {
            return null;
        }

        var at = debtor.StatedLocationAt ?? debtor.CreatedAt;
        return ZipCode.IsValid(debtor.StatedLocation)
            ? new StatedLocationFacts(at, Zip: ZipCode.Zip5(debtor.StatedLocation))
            : new StatedLocationFacts(at, State: debtor.StatedLocation);
    }

    /// <summary>
    /// Every medium the person asked us not to use and has not allowed again by <paramref name="at"/>: recorded opt-outs,
    /// "do not call this number", texts refused on a number (the flag has no date, so from when the number was added) and
    /// emails opted out.
    /// </summary>
    private static OptOutFacts[] OptOuts(ContactRows rows, DateTimeOffset at)
    {
        var result = new List<OptOutFacts>();
        foreach (var optOut in rows.OptOuts.Where(o => o.RevokedAt is null || o.RevokedAt > at))
        {
            result.Add(new OptOutFacts(Enum.Parse<ContactChannel>(optOut.Channel), optOut.Destination, optOut.RecordedAt));
        }

        foreach (var phone in rows.Phones)
        {
            if (phone.DoNotCallSince is { } since)
            {
                result.Add(new OptOutFacts(ContactChannel.Call, phone.Number, since));
            }

            if (phone.TextsOptedOut)
            {
                result.Add(new OptOutFacts(ContactChannel.Text, phone.Number, phone.AddedAt));
            }
        }

        foreach (var email in rows.Emails.Where(e => e.OptedOutAt is not null))
        {
            result.Add(new OptOutFacts(ContactChannel.Email, email.Address, email.OptedOutAt!.Value));
        }

        return [.. result];
    }

    private static AttemptFacts Attempt(AttemptRow a)
    {
        var channel = Enum.Parse<ContactChannel>(a.Channel);

        // A placed contact whose result is not known yet counts as placed: a call as unanswered, anything else as sent.
        var outcome = a.ConnectResult is { } result
            ? Enum.Parse<AttemptOutcome>(result)
            : channel == ContactChannel.Call ? AttemptOutcome.NoAnswer : AttemptOutcome.Sent;
        return new AttemptFacts(
            a.PlacedAt,
            channel,
            a.Mode is null ? ContactMode.ManualDial : Enum.Parse<ContactMode>(a.Mode),
            a.Destination,
            a.AccountIds,
            outcome,
            Enum.Parse<FrequencyExclusion>(a.Exclusion),
            a.RespondsToConsumerRequest);
    }

    /// <summary>
    /// One contact may concern debts of several creditors (a debt buyer's portfolios): Reg F then applies if any collects
    /// as a third party, and each policy limit is the strictest any of them sets.
    /// </summary>
    private static CreditorFacts Creditor(List<CreditorRow> creditors)
    {
        var thirdParty = creditors.Exists(c => c.Regime == nameof(CreditorRegime.ThirdParty));
        var perDay = creditors.Select(c => c.MaxAttemptsPerNumberPerDay).Where(v => v is not null).Min();
        var spacing = creditors.Select(c => c.MinSpacing).Where(v => v is not null).Max();
        var voicemails = creditors.Select(c => c.MaxVoicemailsPerWeek).Where(v => v is not null).Min();
        var policy = perDay is null && spacing is null && voicemails is null ? null : new ContactPolicy(perDay, spacing, voicemails);
        return new CreditorFacts(creditors[0].Id, thirdParty ? CollectionRegime.ThirdParty : CollectionRegime.FirstParty, policy);
    }
}
