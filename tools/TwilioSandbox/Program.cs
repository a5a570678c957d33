var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "DebtHub Twilio sandbox");
app.Run();
