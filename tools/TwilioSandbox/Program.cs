namespace DebtHub.TwilioSandbox;

/// <summary>In a namespace (not top-level statements), so test projects that reference both this and the API see one <c>Program</c>.</summary>
internal static class Program
{
    public static Task Main(string[] args) => SandboxApp.Build(args).RunAsync();
}
