namespace DebtHub.Infrastructure.Twilio.Calls;

/// <summary>A call was refused before reaching Twilio because its permit does not cover it (DESIGN.md principle 1).</summary>
public sealed class ContactPermitRefusedException : Exception
{
    public ContactPermitRefusedException()
    {
    }

    public ContactPermitRefusedException(string message)
        : base(message)
    {
    }

    public ContactPermitRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
