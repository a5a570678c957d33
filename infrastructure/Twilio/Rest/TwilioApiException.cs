using System.Net;

namespace DebtHub.Infrastructure.Twilio.Rest;

/// <summary>
/// Twilio refused a request: <see cref="Code"/> is Twilio's error code (21211 invalid To, 20404 not found, …), documented
/// at <see cref="MoreInfo"/>. <see cref="Code"/> is null when the body was not Twilio's error JSON (a proxy's page).
/// </summary>
public sealed class TwilioApiException : Exception
{
    public TwilioApiException(HttpStatusCode status, int? code, string message, Uri? moreInfo)
        : base(message)
    {
        Status = status;
        Code = code;
        MoreInfo = moreInfo;
    }

    public TwilioApiException()
    {
    }

    public TwilioApiException(string message)
        : base(message)
    {
    }

    public TwilioApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public HttpStatusCode Status { get; }

    public int? Code { get; }

    public Uri? MoreInfo { get; }
}

/// <summary>
/// A call creation timed out or failed on Twilio's side (5xx) and listing calls found no trace of it. The call may or
/// may not exist; it is never re-sent blindly, because a second attempt could dial the debtor twice.
/// </summary>
public sealed class TwilioCallOutcomeUnknownException : Exception
{
    public TwilioCallOutcomeUnknownException()
    {
    }

    public TwilioCallOutcomeUnknownException(string message)
        : base(message)
    {
    }

    public TwilioCallOutcomeUnknownException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
