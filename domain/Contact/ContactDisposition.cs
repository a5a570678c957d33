namespace DebtHub.Domain.Contact;

/// <summary>
/// How a contact ended, as a collector or the dialer records it. Reg F needs a conversation kept apart from everything
/// else (RULES.md FREQ-CONV-BAR): only <see cref="ConversationRightParty"/> starts the 7-day bar.
/// </summary>
public enum ContactDisposition
{
    /// <summary>Placed; the result is not known yet.</summary>
    Pending,

    /// <summary>A telephone conversation with the person about the debt (a right-party pickup that hung up included).</summary>
    ConversationRightParty,
    NoAnswer,
    Voicemail,
    WrongParty,
    NotConnected,

    /// <summary>A text, email or letter handed to its carrier.</summary>
    Sent,

    /// <summary>The contact could not be placed at all (released before dialing).</summary>
    NotPlaced,

    /// <summary>
    /// A person answered and no collector was free: they heard the short identification message and the call ended
    /// (the abandon rate's numerator, 47 CFR 64.1200(a)(7)).
    /// </summary>
    Abandoned,

    /// <summary>
    /// A routed call whose collector recorded no outcome within the wrap-up limit (say, they closed the browser): the
    /// dialer closed it. A collector talked to whoever answered, so it counts as a conversation — the stricter reading,
    /// which starts the 7-day bar (never an extra call) — but not as a right-party contact nobody confirmed.
    /// </summary>
    NotRecorded,

    /// <summary>
    /// The dialer lost track of the call: none of its callbacks arrived and Twilio has no record of it (or none matching
    /// an attempt whose placement had no clear answer). It may have rung, so it stays counted as a placed call — the
    /// stricter reading, never an extra call — but not as a conversation.
    /// </summary>
    OutcomeUnknown,
}
