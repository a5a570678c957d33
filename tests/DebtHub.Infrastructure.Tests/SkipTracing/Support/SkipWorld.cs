using DebtHub.Infrastructure.Persistence;
using DebtHub.Infrastructure.Security;
using DebtHub.Infrastructure.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;

namespace DebtHub.Infrastructure.Tests.SkipTracing.Support;

/// <summary>What skip-tracing tests share: test-only SSN keys and a context factory over the fixture's database.</summary>
internal static class SkipWorld
{
    public static readonly SsnProtector Ssn = new(Options.Create(new SecurityOptions
    {
        SsnEncryptionKey = Convert.ToBase64String(Enumerable.Repeat((byte)3, 32).ToArray()),
        SsnHashKey = Convert.ToBase64String(Enumerable.Repeat((byte)5, 32).ToArray()),
    }));

    public static IDbContextFactory<DebtHubDbContext> Contexts(PostgresFixture database)
    {
        var options = new DbContextOptionsBuilder<DebtHubDbContext>();
        PersistenceServiceCollectionExtensions.Configure(options, database.DataSource);
        return new PooledDbContextFactory<DebtHubDbContext>(options.Options);
    }
}
