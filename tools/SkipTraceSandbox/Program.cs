using DebtHub.SkipTraceSandbox;

await SandboxApp.Build(args).RunAsync();
