using System.Globalization;

namespace DebtHub.LedgerLoad;

/// <summary>What a load run did, counted across its workers.</summary>
public sealed class LoadStats
{
    private long _gateBlocked;
    private long _granted;
    private long _refused;
    private long _unavailable;
    private long _confirmed;
    private long _notConfirmed;
    private long _released;
    private long _results;
    private long _inbound;
    private long _errors;
    private long _maxLagMs;

    public long GateBlocked => Interlocked.Read(ref _gateBlocked);

    public long Granted => Interlocked.Read(ref _granted);

    public long Refused => Interlocked.Read(ref _refused);

    public long Unavailable => Interlocked.Read(ref _unavailable);

    public long Confirmed => Interlocked.Read(ref _confirmed);

    public long NotConfirmed => Interlocked.Read(ref _notConfirmed);

    public long Released => Interlocked.Read(ref _released);

    public long Results => Interlocked.Read(ref _results);

    public long Inbound => Interlocked.Read(ref _inbound);

    public long Errors => Interlocked.Read(ref _errors);

    /// <summary>The longest time, on the simulated clock, from deciding on a contact to its conversation being recorded.</summary>
    public TimeSpan MaxConversationLag => TimeSpan.FromMilliseconds(Interlocked.Read(ref _maxLagMs));

    internal void RecordLag(TimeSpan lag)
    {
        var ms = (long)lag.TotalMilliseconds;
        var seen = Interlocked.Read(ref _maxLagMs);
        while (ms > seen && Interlocked.CompareExchange(ref _maxLagMs, ms, seen) != seen)
        {
            seen = Interlocked.Read(ref _maxLagMs);
        }
    }

    internal void Count(Counter counter)
    {
        switch (counter)
        {
            case Counter.GateBlocked: Interlocked.Increment(ref _gateBlocked); break;
            case Counter.Granted: Interlocked.Increment(ref _granted); break;
            case Counter.Refused: Interlocked.Increment(ref _refused); break;
            case Counter.Unavailable: Interlocked.Increment(ref _unavailable); break;
            case Counter.Confirmed: Interlocked.Increment(ref _confirmed); break;
            case Counter.NotConfirmed: Interlocked.Increment(ref _notConfirmed); break;
            case Counter.Released: Interlocked.Increment(ref _released); break;
            case Counter.Result: Interlocked.Increment(ref _results); break;
            case Counter.Inbound: Interlocked.Increment(ref _inbound); break;
            default: Interlocked.Increment(ref _errors); break;
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"gate-blocked={GateBlocked} granted={Granted} refused={Refused} unavailable={Unavailable} confirmed={Confirmed} not-confirmed={NotConfirmed} released={Released} results={Results} inbound={Inbound} errors={Errors} max-conversation-lag-ms={(long)MaxConversationLag.TotalMilliseconds}");

    public static LoadStats Parse(string line)
    {
        var stats = new LoadStats();
        foreach (var pair in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=');
            var value = long.Parse(parts[1], CultureInfo.InvariantCulture);
            switch (parts[0])
            {
                case "gate-blocked": stats._gateBlocked = value; break;
                case "granted": stats._granted = value; break;
                case "refused": stats._refused = value; break;
                case "unavailable": stats._unavailable = value; break;
                case "confirmed": stats._confirmed = value; break;
                case "not-confirmed": stats._notConfirmed = value; break;
                case "released": stats._released = value; break;
                case "results": stats._results = value; break;
                case "inbound": stats._inbound = value; break;
                case "errors": stats._errors = value; break;
                case "max-conversation-lag-ms": stats._maxLagMs = value; break;
            }
        }

        return stats;
    }
}

internal enum Counter
{
    GateBlocked,
    Granted,
    Refused,
    Unavailable,
    Confirmed,
    NotConfirmed,
    Released,
    Result,
    Inbound,
    Error,
}
