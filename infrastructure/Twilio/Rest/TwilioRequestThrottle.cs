using Microsoft.Extensions.Options;

namespace DebtHub.Infrastructure.Twilio.Rest;

/// <summary>
/// Caps requests in flight across every client instance in the process (typed clients are transient, so the cap lives
/// in this singleton). Twilio answers 429 beyond the account's concurrency limit.
/// </summary>
internal sealed class TwilioRequestThrottle(IOptions<TwilioOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentRequests, options.Value.MaxConcurrentRequests);

    public int Available => _slots.CurrentCount;

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        return new Slot(_slots);
    }

    public void Dispose() => _slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
