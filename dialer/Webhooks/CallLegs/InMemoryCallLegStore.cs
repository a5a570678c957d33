namespace DebtHub.Dialer.Webhooks.CallLegs;

/// <summary>
/// A process-local store with the same ordering rules as <see cref="EfCallLegStore"/>: lost on restart and not shared
/// between instances, so only for tests and tools that run without PostgreSQL.
/// </summary>
internal sealed class InMemoryCallLegStore(TimeProvider time) : ICallLegStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, CallLeg> _legs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CallLegEvent>> _events = new(StringComparer.Ordinal);

    public Task<CallbackOutcome> RecordStatusAsync(CallStatusEvent callback, CancellationToken cancellationToken)
    {
        var key = CallLegProgress.DedupKey(callback);
        lock (_gate)
        {
            var events = EventsOf(callback.CallSid);
            var seen = events.Exists(e => e.DedupKey == key);
            var (leg, outcome) = CallLegProgress.Apply(_legs.GetValueOrDefault(callback.CallSid), seen, callback, time.GetUtcNow());
            if (!seen)
            {
                events.Add(new CallLegEvent(callback.CallSid, "status", key, callback.SequenceNumber, callback.Status.Value, time.GetUtcNow()));
            }

            _legs[callback.CallSid] = leg;
            return Task.FromResult(outcome);
        }
    }

    public Task<CallbackOutcome> RecordAnsweredByAsync(AmdResultEvent amd, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var (leg, outcome) = CallLegProgress.ApplyAnsweredBy(_legs.GetValueOrDefault(amd.CallSid), amd.CallSid, amd.AnsweredBy, time.GetUtcNow());
            if (outcome == CallbackOutcome.Applied)
            {
                EventsOf(amd.CallSid).Add(new CallLegEvent(amd.CallSid, "amd", "amd", null, amd.AnsweredBy.Value, time.GetUtcNow()));
            }

            _legs[amd.CallSid] = leg;
            return Task.FromResult(outcome);
        }
    }

    public Task<CallbackOutcome> RecordDialAsync(DialActionEvent dial, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var (leg, outcome) = CallLegProgress.ApplyDial(_legs.GetValueOrDefault(dial.CallSid), dial, time.GetUtcNow());
            if (outcome == CallbackOutcome.Applied)
            {
                EventsOf(dial.CallSid).Add(new CallLegEvent(dial.CallSid, "dial", $"dial:{dial.DialCallSid}", null, dial.DialCallStatus, time.GetUtcNow()));
            }

            _legs[dial.CallSid] = leg;
            return Task.FromResult(outcome);
        }
    }

    public Task<CallLeg?> FindAsync(string callSid, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_legs.GetValueOrDefault(callSid));
        }
    }

    public Task<IReadOnlyList<CallLegEvent>> EventsAsync(string callSid, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<CallLegEvent>>(_events.TryGetValue(callSid, out var events) ? [.. events] : []);
        }
    }

    private List<CallLegEvent> EventsOf(string callSid)
    {
        if (!_events.TryGetValue(callSid, out var events))
        {
            events = [];
            _events[callSid] = events;
        }

        return events;
    }
}
