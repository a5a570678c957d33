namespace DebtHub.Domain.Compliance.Facts;

/// <summary>A phone number on file, with what TCPA, Reg F and state law need to know about it.</summary>
/// <param name="Number">E.164, e.g. +12085550100; the area code places the consumer in candidate zones.</param>
/// <param name="EmployerProhibitsCalls">We know or have reason to know the employer prohibits such calls (1006.6(b)(3)).</param>
/// <param name="ConsumerSaidNotAtWork">The consumer asked not to be called at work.</param>
/// <param name="PortedFromWirelineAt">A wireline number ported to wireless: 15-day safe harbor (47 CFR 64.1200(a)(1)(iv)).</param>
public sealed record PhoneFacts(
    string Number,
    LineType LineType,
    PhoneUse Use,
    IReadOnlyList<TcpaConsentFacts>? TcpaConsents = null,
    bool EmployerProhibitsCalls = false,
    bool ConsumerSaidNotAtWork = false,
    bool OnNationalDoNotCall = false,
    DateTimeOffset? PortedFromWirelineAt = null)
{
    public bool IsWork => Use == PhoneUse.Work;

    /// <summary>The three-digit NANP area code, or -1 when the number is not a NANP number.</summary>
    public int AreaCode => Number.Length == 12 && Number[0] == '+' && Number[1] == '1'
        ? ((Number[2] - '0') * 100) + ((Number[3] - '0') * 10) + (Number[4] - '0')
        : -1;
}

/// <summary>Prior express consent to autodialed or prerecorded calls to a number (47 USC 227(b)(1)(A)(iii)).</summary>
/// <param name="CoversPrerecorded">Consent also covers artificial or prerecorded voice.</param>
public sealed record TcpaConsentFacts(string Source, DateTimeOffset ObtainedAt, bool CoversPrerecorded = true, DateTimeOffset? RevokedAt = null)
{
    public bool IsActiveAt(DateTimeOffset instant) => ObtainedAt <= instant && (RevokedAt is null || RevokedAt > instant);
}

/// <summary>An email address on file; employer-provided addresses may not be used (1006.22(f)(3)).</summary>
public sealed record EmailFacts(string Address, bool EmployerProvided = false);
