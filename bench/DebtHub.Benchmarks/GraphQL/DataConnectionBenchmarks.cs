using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DebtHub.GraphQL.Data;
using DebtHub.GraphQL.Execution;
using DebtHub.GraphQL.Execution.Options;
using DebtHub.GraphQL.Execution.Results;
using DebtHub.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DebtHub.Benchmarks.GraphQL;

/// <summary>
/// What graphql/Data costs over hand-written EF Core: a filtered, sorted, projected page of 20 (with a nested
/// collection) from 10,000 rows in PostgreSQL, through the whole GraphQL pipeline versus the same EF query written by
/// hand and serialized with System.Text.Json. Needs DEBTHUB_TEST_POSTGRES (a throw-away database is created).
/// See bench/README.md, "GraphQL: Data connections".
/// </summary>
[MemoryDiagnoser]
public class DataConnectionBenchmarks
{
    private const string Query = """
        { items(first: 20, where: { balance: { gt: 500 }, status: { in: [OPEN, LATE] } }, order: [{ balance: DESC }]) {
            nodes { name balance notes { text } } pageInfo { hasNextPage endCursor } } }
        """;

    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private string _server = "";
    private string _database = "";
    private ServiceProvider _services = null!;
    private RequestExecutor _executor = null!;
    private GraphQLRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        _server = Environment.GetEnvironmentVariable("DEBTHUB_TEST_POSTGRES")
            ?? throw new InvalidOperationException("Set DEBTHUB_TEST_POSTGRES (source /work/wt/testenv.sh or ./debthub test's environment).");
        _database = $"debthub_bench_data_{Guid.NewGuid():N}"[..40];
        using (var server = NpgsqlDataSource.Create(_server))
        using (var create = server.CreateCommand($"create database \"{_database}\""))
        {
            create.ExecuteNonQuery();
        }
        var connection = new NpgsqlConnectionStringBuilder(_server) { Database = _database }.ConnectionString;
        var services = new ServiceCollection();
        services.AddDbContext<BenchDb>(options => options.UseNpgsql(connection));
        _services = services.BuildServiceProvider();
        using (var scope = _services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BenchDb>();
            db.Database.EnsureCreated();
            var random = new Random(7);
            for (var i = 0; i < 10_000; i++)
            {
                var item = new BenchItem { Id = Guid.NewGuid(), Name = $"Item {i}", Balance = random.Next(0, 100_000) / 100m, Status = (BenchStatus)(i % 3) };
                item.Notes.Add(new BenchNote { Id = Guid.NewGuid(), ItemId = item.Id, Text = $"Note on {i}" });
                db.Items.Add(item);
            }
            db.SaveChanges();
        }
        var schema = SchemaBuilder.FromSdl("""
                type Query
                type Item { name: String! balance: Float! status: Status! notes: [Note!]! }
                type Note { text: String! }
                enum Status { OPEN LATE CLOSED }
                """)
            .BindEnum<BenchStatus>("Status")
            .AddData(new DataModel()
                .Object<BenchItem>("Item", item => item.Key(i => i.Id))
                .Object<BenchNote>("Note")
                .Connection<BenchItem>("Query.items", context => context.Services.GetRequiredService<BenchDb>().Items.AsNoTracking()))
            .Build();
        _executor = new RequestExecutor(schema, new GraphQLOptions(), TimeProvider.System, Pipeline.Validate);
        _request = new GraphQLRequest(Query);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        NpgsqlConnection.ClearAllPools();
        using var server = NpgsqlDataSource.Create(_server);
        using var drop = server.CreateCommand($"drop database if exists \"{_database}\" with (force)");
        drop.ExecuteNonQuery();
    }

    [Benchmark(Baseline = true)]
    public async Task<int> HandWrittenEfQuery()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BenchDb>();
        var statuses = new List<BenchStatus> { BenchStatus.Open, BenchStatus.Late };
        var rows = await db.Items.AsNoTracking()
            .Where(i => i.Balance > 500m && statuses.Contains(i.Status))
            .OrderByDescending(i => i.Balance).ThenBy(i => i.Id)
            .Take(21)
            .Select(i => new { i.Id, i.Name, i.Balance, Notes = i.Notes.Select(n => new { n.Text }).ToList() })
            .ToListAsync();
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer);
        JsonSerializer.Serialize(writer, new { data = new { items = new { nodes = rows.Take(20).Select(r => new { r.Name, r.Balance, r.Notes }), hasNextPage = rows.Count > 20 } } });
        return _buffer.WrittenCount;
    }

    [Benchmark]
    public async Task<int> GraphQLConnection()
    {
        await using var scope = _services.CreateAsyncScope();
        var result = await _executor.ExecuteAsync(_request, scope.ServiceProvider, CancellationToken.None);
        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer, ResultWriter.WriterOptions))
        {
            ResultWriter.Write(writer, result);
        }
        return _buffer.WrittenCount;
    }

    public enum BenchStatus
    {
        Open,
        Late,
        Closed,
    }

    public sealed class BenchItem
    {
        public Guid Id { get; set; }

        public string Name { get; set; } = "";

        public decimal Balance { get; set; }

        public BenchStatus Status { get; set; }

        public List<BenchNote> Notes { get; } = [];
    }

    public sealed class BenchNote
    {
        public Guid Id { get; set; }

        public Guid ItemId { get; set; }

        public string Text { get; set; } = "";
    }

    private sealed class BenchDb(DbContextOptions<BenchDb> options) : DbContext(options)
    {
        public DbSet<BenchItem> Items => Set<BenchItem>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<BenchItem>(item =>
            {
                item.ToTable("bench_items");
                item.Property(i => i.Status).HasConversion<string>();
                item.Property(i => i.Balance).HasPrecision(12, 2);
                item.HasIndex(i => new { i.Balance, i.Id });
                item.HasMany(i => i.Notes).WithOne().HasForeignKey(n => n.ItemId);
            });
            modelBuilder.Entity<BenchNote>().ToTable("bench_notes");
        }
    }
}
