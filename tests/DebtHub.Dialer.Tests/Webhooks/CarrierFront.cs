using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Dialer.Tests.Webhooks;

/// <summary>
/// In front of the sandbox's API: each dialer instance reaches it under a path of its own (<c>/{instance}/2010-04-01/...</c>,
/// so the front knows whose requests are in flight), and creating a call is slow as with a real carrier. Every other
/// creation waits <c>sending</c> before the sandbox sees it (a client that dies meanwhile never creates the call); every
/// creation's answer waits <c>answering</c> after the sandbox created the call (a client that dies then never learns the
/// call's SID).
/// </summary>
internal sealed class CarrierFront(TimeSpan sending, TimeSpan answering) : IStartupFilter
{
    private readonly ConcurrentDictionary<string, int> _sending = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _answering = new(StringComparer.Ordinal);
    private int _creations;

    /// <summary>The sandbox's base URL as <paramref name="instance"/> sees it.</summary>
    public static Uri BaseUrlFor(Uri sandbox, string instance) => new(sandbox, instance + "/");

    /// <summary>Creations of <paramref name="instance"/> held before the sandbox saw them.</summary>
    public int Sending(string instance) => _sending.GetValueOrDefault(instance);

    /// <summary>Creations of <paramref name="instance"/> the sandbox made whose answers are held.</summary>
    public int Answering(string instance) => _answering.GetValueOrDefault(instance);

    public void AddTo(WebApplicationBuilder builder) => builder.Services.AddSingleton<IStartupFilter>(this);

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (http, inner) =>
        {
            var path = http.Request.Path.Value ?? "";
            var slash = path.IndexOf('/', 1);
            if (slash < 0 || path.AsSpan(1).StartsWith("2010-04-01") || path.StartsWith("/sandbox/", StringComparison.Ordinal))
            {
                await inner(http);
                return;
            }

            var instance = path[1..slash];
            http.Request.PathBase = path[..slash];
            http.Request.Path = path[slash..];
            if (!HttpMethods.IsPost(http.Request.Method) || !path.EndsWith("/Calls.json", StringComparison.Ordinal))
            {
                await inner(http);
                return;
            }

            if (Interlocked.Increment(ref _creations) % 2 == 0)
            {
                await HoldAsync(_sending, instance, sending, http.RequestAborted);
            }

            await inner(http);
            await HoldAsync(_answering, instance, answering, CancellationToken.None);
        });
        next(app);
    };

    private static async Task HoldAsync(ConcurrentDictionary<string, int> held, string instance, TimeSpan wait, CancellationToken cancellationToken)
    {
        held.AddOrUpdate(instance, 1, (_, n) => n + 1);
        try
        {
            await Task.Delay(wait, cancellationToken);
        }
        finally
        {
            held.AddOrUpdate(instance, 0, (_, n) => n - 1);
        }
    }
}
