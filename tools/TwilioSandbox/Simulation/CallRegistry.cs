using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace DebtHub.TwilioSandbox.Simulation;

/// <summary>All calls, plus the CPS queue: each call gets the next start slot, 1/CPS seconds after the previous one.</summary>
public sealed class CallRegistry(SandboxClock clock, IOptions<SandboxOptions> options)
{
    private readonly ConcurrentDictionary<string, SandboxCall> _calls = new(StringComparer.Ordinal);
    private readonly Lock _slots = new();
    private DateTimeOffset _nextSlot = DateTimeOffset.MinValue;

    public SandboxCall? Find(string sid) => _calls.GetValueOrDefault(sid);

    /// <summary>Newest first, as Twilio lists.</summary>
    public IReadOnlyList<SandboxCall> All() => [.. _calls.Values.OrderByDescending(c => c.DateCreated).ThenByDescending(c => c.Sid, StringComparer.Ordinal)];

    /// <summary>Registers a call and returns it, or null when its start would be more than 24 h away (Twilio 22005).</summary>
    public SandboxCall? Add(CallRequest request, CallScript script)
    {
        var now = clock.Now;
        double wait;
        lock (_slots)
        {
            var slot = _nextSlot > now ? _nextSlot : now;
            wait = (slot - now).TotalSeconds;
            if (wait > TimeSpan.FromHours(24).TotalSeconds)
            {
                return null;
            }

            _nextSlot = slot + TimeSpan.FromSeconds(1 / options.Value.CallsPerSecond);
        }

        var call = new SandboxCall(SandboxCall.NewSid("CA"), request, now, wait, script);
        _calls[call.Sid] = call;
        return call;
    }
}
