using DebtHub.Cli;

// The operator's command line behind ./debthub. Exit codes: 0 done, 1 refused (bad input, reported), 2 usage.
return await CommandLine.RunAsync(args);
