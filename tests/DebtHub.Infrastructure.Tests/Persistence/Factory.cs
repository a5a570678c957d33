using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Infrastructure.Tests.Persistence;

/// <summary>A context factory over the fixture's database, for services that open their own units of work.</summary>
internal sealed class Factory(PostgresFixture database) : IDbContextFactory<DebtHubDbContext>
{
    public DebtHubDbContext CreateDbContext() => database.NewContext();
}
