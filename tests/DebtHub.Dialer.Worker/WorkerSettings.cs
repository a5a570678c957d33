namespace DebtHub.Dialer.Worker;

/// <summary>How a test hands the worker its settings, and what the worker says once it runs.</summary>
internal static class WorkerSettings
{
    public const string EnvironmentPrefix = "DEBTHUB_WORKER_";

    public const string ClockOffsetKey = "Worker:ClockOffset";

    public const string StartedLine = "dialer worker started";

    /// <summary>The environment variable that carries a configuration key (':' becomes '__').</summary>
    public static string VariableFor(string key) => EnvironmentPrefix + key.Replace(":", "__", StringComparison.Ordinal);
}
