using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace DebtHub.GraphQL.Transport.Ide;

/// <summary>
/// Serves our own small IDE (query editor, variables and headers, results, a doc explorer built from introspection,
/// subscriptions over graphql-transport-ws). Its three files are embedded in this assembly, so it works offline.
/// </summary>
internal static class IdeAssets
{
    private static readonly Dictionary<string, (byte[] Content, string ContentType)> Assets = new(StringComparer.Ordinal)
    {
        ["ide.html"] = (Load("ide.html"), "text/html; charset=utf-8"),
        ["ide.js"] = (Load("ide.js"), "text/javascript; charset=utf-8"),
        ["ide.css"] = (Load("ide.css"), "text/css; charset=utf-8"),
    };

    public static bool IsAssetRequest(HttpRequest request) => request.Query.ContainsKey("ide-asset");

    public static Task ServePageAsync(HttpContext context) => ServeAsync(context, "ide.html");

    public static Task ServeAssetAsync(HttpContext context) => ServeAsync(context, context.Request.Query["ide-asset"].ToString());

    private static async Task ServeAsync(HttpContext context, string name)
    {
        if (!Assets.TryGetValue(name, out var asset))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        context.Response.ContentType = asset.ContentType;
        context.Response.Headers.CacheControl = "no-cache";
        // The page needs nothing from other origins; say so.
        context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; connect-src 'self' ws: wss:; style-src 'self'; script-src 'self'";
        await context.Response.Body.WriteAsync(asset.Content, context.RequestAborted);
    }

    private static byte[] Load(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("DebtHub.GraphQL.Transport.Ide." + name)
            ?? throw new InvalidOperationException($"The IDE asset {name} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
