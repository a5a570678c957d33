using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace DebtHub.SkipTraceSandbox;

/// <summary>Builds the sandbox, for <c>dotnet run</c> (and <c>./debthub run</c>) and for tests that start it in-process.</summary>
public static class SandboxApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        configure?.Invoke(builder);
        builder.Services.AddOptions<SandboxOptions>().BindConfiguration(SandboxOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.ApiKey), "Sandbox:ApiKey must be set (./debthub run makes one).")
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            o.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
        });

        var app = builder.Build();
        var options = app.Services.GetRequiredService<IOptions<SandboxOptions>>().Value;
        var throttle = options.MaxRequestsPerSecond > 0
            ? new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions { PermitLimit = options.MaxRequestsPerSecond, Window = TimeSpan.FromSeconds(1), QueueLimit = 0 })
            : null;
        var counters = new SandboxCounters();
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/v1"))
            {
                if (!Authorized(context.Request, options.ApiKey!))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    await context.Response.WriteAsJsonAsync(new VendorError("unauthorized", "A valid API key is required (Authorization: Bearer <key>)."));
                    return;
                }

                using var lease = throttle?.AttemptAcquire();
                if (lease is { IsAcquired: false })
                {
                    context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                    context.Response.Headers.RetryAfter = "1";
                    await context.Response.WriteAsJsonAsync(new VendorError("rate_limited", "Too many requests."));
                    return;
                }
            }

            await next(context);
        });

        app.MapGet("/", () => "DebtHub skip-trace vendor sandbox: POST /v1/locate (JSON), POST /v1/batches (CSV)");
        app.MapGet("/sandbox/counters", () => counters);
        app.MapPost("/v1/locate", (LocateRequest request, TimeProvider clock) =>
        {
            Interlocked.Increment(ref counters.Locates);
            if (request.PermissiblePurpose is not { } purpose || (purpose.Fcra ?? purpose.Glba ?? purpose.Dppa) is null)
            {
                return Results.Json(new VendorError("permissible_purpose_required", "State an FCRA, GLBA or DPPA permissible purpose."), statusCode: 400);
            }

            if (request.Subject is not { } s)
            {
                return Results.Json(new VendorError("subject_required", "Give the subject to locate."), statusCode: 400);
            }

            var person = FakePeople.Find(new Subject(s.FirstName, s.LastName, s.Dob, s.Ssn, s.Address?.State, s.Address?.Zip),
                DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
            return Results.Json(person is null
                ? new LocateResponse(request.Reference, false, options.ChargePerLookup, [], [], [], [], [])
                : new LocateResponse(request.Reference, true, options.ChargePerLookup, person.Phones, person.Addresses, person.Emails, person.Employers, person.Indicators));
        });
        app.MapPost("/v1/batches", async (HttpRequest request, TimeProvider clock) =>
        {
            Interlocked.Increment(ref counters.Batches);
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var input = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
            return Results.Text(BatchFiles.Process(input, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)), "text/csv", Encoding.UTF8);
        });
        return app;
    }

    private static bool Authorized(HttpRequest request, string key)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.Ordinal)
               && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[scheme.Length..]), Encoding.UTF8.GetBytes(key));
    }
}

/// <summary>How many calls the sandbox served, so tests can show a refused lookup never reached the vendor.</summary>
public sealed class SandboxCounters
{
#pragma warning disable CA1051 // Interlocked needs fields.
    public int Locates;
    public int Batches;
#pragma warning restore CA1051

    public int LocateCalls => Locates;

    public int BatchCalls => Batches;
}
