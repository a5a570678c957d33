namespace DebtHub.Domain.Contact;

/// <summary>Who started the contact: we did (a dialed call, a text, an email, a letter) or the consumer did.</summary>
public enum ContactDirection
{
    Outbound,
    Inbound,
}
