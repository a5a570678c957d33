using DebtHub.Domain.Common;
using DebtHub.Domain.Debtors;

namespace DebtHub.Domain.SkipTracing;

/// <summary>
/// Puts a reviewed candidate on file. A phone is added unverified and without any TCPA consent (so only a hand-dialed
/// call is allowed until the consumer consents); an address only when its state and ZIP are valid and agree, and it
/// stays unverified until mail reaches it; an employer's number is a work number (12 CFR 1006.6(b)(3) applies).
/// Nothing already on file is changed: a duplicate is refused.
/// </summary>
public static class SkipResultApplier
{
    /// <returns>The id of the phone, address or email put on file; null for an employer without a number.</returns>
    public static Guid? Apply(SkipTrace trace, Guid candidateId, Debtor debtor, string reviewer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(debtor);
        if (debtor.Id != trace.DebtorId)
        {
            throw new DomainException("WRONG_DEBTOR", "A skip-trace result can only be applied to the debtor it was found for.");
        }

        var candidate = trace.Candidate(candidateId);
        candidate.RequirePending();
        var who = Text.Required(reviewer, "Reviewer", 100);
        Guid? contactId = candidate.Kind switch
        {
            CandidateKind.Phone => debtor.AddPhone(PhoneNumber.Parse(candidate.Phone), candidate.LineType, ContactSource.SkipTrace, false, now).Id,
            CandidateKind.Address => AddAddress(candidate, debtor, now),
            CandidateKind.Email => debtor.AddEmail(candidate.Email!, false, ContactSource.SkipTrace, now).Id,
            _ => candidate.Phone is null
                ? null
                : debtor.AddPhone(PhoneNumber.Parse(candidate.Phone), LineType.Unknown, ContactSource.SkipTrace, true, now).Id,
        };
        candidate.MarkApplied(contactId, who, now);
        trace.Rank();
        return contactId;
    }

    /// <summary>
    /// The configured rule: applies the pending phones, addresses and emails found with at least <paramref name="minimum"/>
    /// confidence, best first. One that cannot go on file (an address failing its check, a duplicate) stays pending for a
    /// person. Employers always wait for a person (a workplace number needs care, 12 CFR 1006.6(b)(3)).
    /// </summary>
    /// <returns>How many were applied.</returns>
    public static int ApplyConfident(SkipTrace trace, Debtor debtor, int minimum, string rule, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var applied = 0;
        foreach (var candidate in trace.Candidates
                     .Where(c => c.Status == CandidateStatus.Pending && c.Confidence >= minimum && c.Kind != CandidateKind.Employer)
                     .OrderBy(c => c.Rank).ToList())
        {
            try
            {
                Apply(trace, candidate.Id, debtor, rule, now);
                applied++;
            }
            catch (DomainException)
            {
                // Left pending: a person decides.
            }
        }

        return applied;
    }

    /// <summary>Why a found address cannot go on file as it is; null when it can.</summary>
    public static string? AddressProblem(string? state, string? zip)
    {
        if (!UsState.IsValid(state))
        {
            return $"\"{state}\" is not a US state or territory code.";
        }

        if (!ZipCode.IsValid(zip))
        {
            return $"\"{zip}\" is not a US ZIP code.";
        }

        return ZipStates.Agree(zip!, state!)
            ? null
            : $"ZIP code {ZipCode.Zip5(zip!.Trim())} is not in {state!.ToUpperInvariant()}: check the address with the debtor or the provider.";
    }

    private static Guid AddAddress(SkipCandidate candidate, Debtor debtor, DateTimeOffset now)
    {
        if (AddressProblem(candidate.State, candidate.Zip) is { } problem)
        {
            throw new DomainException("ADDRESS_CHECK_FAILED", problem);
        }

        return debtor.AddAddress(AddressType.Home, candidate.Line1!, candidate.Line2, candidate.City!, candidate.State!, candidate.Zip!,
            ContactSource.SkipTrace, now).Id;
    }
}
