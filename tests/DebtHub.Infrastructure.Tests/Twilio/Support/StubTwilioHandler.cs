using System.Net;
using System.Text;

namespace DebtHub.Infrastructure.Tests.Twilio.Support;

/// <summary>Answers each request with the next scripted response and keeps what was sent (bodies read eagerly).</summary>
internal sealed class StubTwilioHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, HttpResponseMessage>> _responses = new();

    public List<(HttpMethod Method, Uri Uri, string? Authorization, string Body)> Sent { get; } = [];

    public StubTwilioHandler Then(HttpStatusCode status, string json, Action<HttpResponseMessage>? tweak = null)
    {
        _responses.Enqueue(_ =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            tweak?.Invoke(response);
            return response;
        });
        return this;
    }

    public StubTwilioHandler ThenThrow(Exception exception)
    {
        _responses.Enqueue(_ => throw exception);
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Sent.Add((request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body));
        if (_responses.Count == 0)
        {
            throw new InvalidOperationException($"No scripted response for {request.Method} {request.RequestUri}");
        }

        var response = _responses.Dequeue()(request);
        response.RequestMessage = request;
        return response;
    }
}
