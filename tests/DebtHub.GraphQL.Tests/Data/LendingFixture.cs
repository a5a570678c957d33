using System.Globalization;
using System.Text.Json;
using DebtHub.GraphQL.Data;
using DebtHub.GraphQL.Execution;
using DebtHub.GraphQL.Execution.Options;
using DebtHub.GraphQL.Execution.Results;
using DebtHub.GraphQL.Language.Ast;
using DebtHub.GraphQL.Tests.Data.Model;
using DebtHub.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DebtHub.GraphQL.Tests.Data;

[CollectionDefinition(Name)]
public sealed class LendingCollection : ICollectionFixture<LendingFixture>
{
    public const string Name = "Lending database";
}

/// <summary>
/// A throw-away database on the real PostgreSQL (DEBTHUB_TEST_POSTGRES), a seeded lending model, and a schema that
/// uses every Data feature the way the API does: SDL first, then a <see cref="DataModel"/>.
/// </summary>
public sealed class LendingFixture : IAsyncLifetime
{
    public const string Sdl = """
        scalar DateTime

        type Query

        type Customer implements Node {
          id: ID!
          name: String!
          email: String
          status: CustomerStatus!
          createdAt: DateTime!
          phones(where: PhoneFilterInput, mobileOnly: Boolean! = false, top: Int): [Phone!]!
          "The customer's loans; the arguments apply inside the one query."
          loans(where: LoanFilterInput, order: [LoanSortInput!], first: Int): [Loan!]!
          phoneCount: Int!
          greeting: String!
        }

        type Phone {
          number: String!
          kind: PhoneKind!
          owner: Customer
        }

        type Loan implements Node {
          id: ID!
          reference: String!
          balance: Float!
          daysLate: Int!
          customer: Customer
          "The balance as a value object: not filterable or sortable, read in one piece."
          owed: Money!
        }

        type Money {
          amount: Float!
          currency: String!
        }

        enum CustomerStatus { ACTIVE ON_HOLD CLOSED }

        enum PhoneKind { MOBILE LANDLINE }
        """;

    private readonly string _serverConnection;
    private readonly string _databaseName;
    private ServiceProvider? _services;
    private RequestExecutor? _executor;

    public LendingFixture()
    {
        _serverConnection = Environment.GetEnvironmentVariable("DEBTHUB_TEST_POSTGRES")
            ?? throw new InvalidOperationException("DEBTHUB_TEST_POSTGRES is not set: run the tests with ./debthub test.");
        var prefix = Environment.GetEnvironmentVariable("DEBTHUB_TEST_DB_PREFIX") ?? "debthub_test";
        _databaseName = $"{prefix}_gqldata_{Guid.NewGuid():N}"[..48];
        ConnectionString = new NpgsqlConnectionStringBuilder(_serverConnection) { Database = _databaseName }.ConnectionString;
    }

    public string ConnectionString { get; }

    public CommandCounter Commands { get; } = new();

    /// <summary>The customers as seeded, in id order.</summary>
    public IReadOnlyList<Customer> Customers { get; private set; } = [];

    public IReadOnlyList<Loan> Loans { get; private set; } = [];

    public static DataModel Model() => new DataModel()
        .Object<Customer>("Customer", customer => customer
            .Key(c => c.Id)
            .Field("loans", (c, q) => q.Set<Loan>().Where(l => l.CustomerId == c.Id).OrderBy(l => l.Reference))
            .Field("phoneCount", c => c.Phones.Count, f => f.NotSortable())
            .Field("phones", c => c.Phones, f => f
                .Where<Phone>(arguments => arguments["mobileOnly"] is true ? p => p.Kind == PhoneKind.Mobile : null)
                .Limit("top"))
            .Ignore("greeting")
            .Requires("customerName", c => c.Name)
            .NodeSource(context => Db(context).Customers.AsNoTracking()))
        .Object<Phone>("Phone", phone => phone.Key(p => p.Id))
        .Object<Loan>("Loan", loan => loan
            .Key(l => l.Id)
            .Field("balance", l => l.Principal + l.Interest)
            .Field("owed", l => new Money(l.Principal + l.Interest, "USD"))
            .Field("customer", (l, q) => q.Set<Customer>().FirstOrDefault(c => c.Id == l.CustomerId))
            .NodeSource(context => Db(context).Loans.AsNoTracking()))
        .Connection<Customer>("Query.customers", context => Db(context).Customers.AsNoTracking(),
            options => options.Description = "Every customer, 10 a page unless asked otherwise.")
        .Connection<Loan>("Query.loans", context => Db(context).Loans.AsNoTracking(), options => options.MaxPageSize = 20)
        .Connection<Phone>("Query.phones", context => Db(context).Phones.AsNoTracking())
        .OffsetList<Customer>("Query.customerPages", context => Db(context).Customers.AsNoTracking())
        .GlobalObjectIdentification();

    public static SchemaBuilder Schema() => DebtHub.GraphQL.Types.SchemaBuilder.FromSdl(Sdl)
        .AddScalar(DateTimeScalar)
        .BindEnum<CustomerStatus>("CustomerStatus")
        .BindEnum<PhoneKind>("PhoneKind")
        .Bind("Customer.greeting", (FieldResolver)(context =>
            ValueTask.FromResult<object?>($"Hello, {((ProjectedRow)context.Parent!).Get<string>("customerName")}")));

    private static ScalarType DateTimeScalar { get; } = new(
        "DateTime",
        value => ((DateTimeOffset)value).ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffK", CultureInfo.InvariantCulture),
        value => DateTimeOffset.Parse((string)value, CultureInfo.InvariantCulture),
        (literal, _) => DateTimeOffset.Parse(((StringValueNode)literal).Value, CultureInfo.InvariantCulture));

    private static LendingDbContext Db(IResolverContext context) => context.Services.GetRequiredService<LendingDbContext>();

    /// <summary>Runs one request in its own scope (its own DbContext, as the API does) and returns the JSON result.</summary>
    public async Task<string> RunAsync(string query, string? variables = null)
    {
        await using var scope = _services!.CreateAsyncScope();
        var request = new GraphQLRequest(query, null, variables is null ? null : JsonDocument.Parse(variables).RootElement);
        var result = await _executor!.ExecuteAsync(request, scope.ServiceProvider, CancellationToken.None);
        return ResultWriter.ToJson(result);
    }

    /// <summary>Runs <paramref name="query"/> and returns the data (failing on errors) and the SQL it sent.</summary>
    public async Task<(JsonElement Data, IReadOnlyList<string> Sql)> QueryAsync(string query, string? variables = null)
    {
        Commands.Reset();
        var json = await RunAsync(query, variables);
        var sql = Commands.Commands;
        using var document = JsonDocument.Parse(json);
        Assert.False(document.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        return (document.RootElement.GetProperty("data").Clone(), sql);
    }

    public LendingDbContext NewContext() => _services!.CreateScope().ServiceProvider.GetRequiredService<LendingDbContext>();

    public async Task InitializeAsync()
    {
        await using (var server = NpgsqlDataSource.Create(_serverConnection))
        await using (var create = server.CreateCommand($"create database \"{_databaseName}\""))
        {
            await create.ExecuteNonQueryAsync();
        }
        var services = new ServiceCollection();
        services.AddDbContext<LendingDbContext>(options => options.UseNpgsql(ConnectionString).AddInterceptors(Commands));
        services.AddScoped<IQuerySource, EfQuerySource>();
        _services = services.BuildServiceProvider();
        await using (var scope = _services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LendingDbContext>();
            await db.Database.EnsureCreatedAsync();
            Seed(db);
            await db.SaveChangesAsync();
        }
        _executor = new RequestExecutor(Schema().AddData(Model()).Build(), new GraphQLOptions { IncludeExceptionDetails = true }, TimeProvider.System, Pipeline.Validate);
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
        NpgsqlConnection.ClearAllPools();
        await using var server = NpgsqlDataSource.Create(_serverConnection);
        await using var drop = server.CreateCommand($"drop database if exists \"{_databaseName}\" with (force)");
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// 30 customers: every third on hold, every fifth closed, email on the even ones, creation times with ties (so
    /// sorting by them needs the key as tiebreaker), 0-2 phones and 0-3 loans each.
    /// </summary>
    private void Seed(LendingDbContext db)
    {
        var start = new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);
        var customers = new List<Customer>();
        var loans = new List<Loan>();
        for (var i = 1; i <= 30; i++)
        {
            var status = i % 5 == 0 ? CustomerStatus.Closed : i % 3 == 0 ? CustomerStatus.OnHold : CustomerStatus.Active;
            var customer = new Customer(Id(1, i), $"Customer {i:00}", i % 2 == 0 ? $"c{i:00}@example.com" : null, status, start.AddHours(i / 2));
            for (var p = 0; p < i % 3; p++)
            {
                customer.AddPhone(Id(2, (i * 10) + p), $"+1555{i:00}{p:00}00", p == 0 ? PhoneKind.Mobile : PhoneKind.Landline);
            }
            for (var l = 0; l < i % 4; l++)
            {
                loans.Add(new Loan(Id(3, (i * 10) + l), customer.Id, $"L-{i:00}-{l}", 100m * i + l, 7.5m * l, (i * 7 + l * 11) % 120));
            }
            customers.Add(customer);
        }
        db.Customers.AddRange(customers);
        db.Loans.AddRange(loans);
        Customers = customers.OrderBy(c => c.Id).ToList();
        Loans = loans.OrderBy(l => l.Id).ToList();
    }

    /// <summary>Deterministic ids whose order is the order of <paramref name="n"/> (PostgreSQL compares uuids bytewise).</summary>
    public static Guid Id(int kind, int n) => Guid.Parse($"{kind:x8}-0000-0000-0000-{n:x12}");

    private sealed class EfQuerySource(LendingDbContext db) : IQuerySource
    {
        public IQueryable<T> Set<T>()
            where T : class
            => db.Set<T>();
    }
}
