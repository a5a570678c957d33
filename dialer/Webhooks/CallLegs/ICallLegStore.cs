namespace DebtHub.Dialer.Webhooks.CallLegs;

/// <summary>
/// Records callbacks and keeps each leg's latest state; each method is atomic per call so concurrent deliveries of
/// the same callback cannot both apply.
/// </summary>
internal interface ICallLegStore
{
    Task<CallbackOutcome> RecordStatusAsync(CallStatusEvent callback, CancellationToken cancellationToken);

    Task<CallbackOutcome> RecordAnsweredByAsync(AmdResultEvent amd, CancellationToken cancellationToken);

    Task<CallbackOutcome> RecordDialAsync(DialActionEvent dial, CancellationToken cancellationToken);

    Task<CallLeg?> FindAsync(string callSid, CancellationToken cancellationToken);

    Task<IReadOnlyList<CallLegEvent>> EventsAsync(string callSid, CancellationToken cancellationToken);
}
