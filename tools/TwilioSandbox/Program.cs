using DebtHub.TwilioSandbox;

await SandboxApp.Build(args).RunAsync();
