using System.Data.Common;
using CleanPlatform.Application.Common.Models;
using CleanPlatform.Domain.Platform;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CleanPlatform.Infrastructure.IntegrationTests.Persistence;

/// <summary>A page and its total cost one statement; only a page past the end costs a second.</summary>
public sealed class PagingTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ToPagedListAsync_PageWithRows_ReadsRowsAndTotalInOneStatement(string provider)
    {
        await using var database = await SeededAsync(provider, entries: 5);
        var commands = new CommandCounter();
        await using var context = Counting(database.NewContext(), commands);

        var page = await context.AuditEntries.OrderBy(e => e.OccurredAt).Select(e => e.Action)
            .ToPagedListAsync(2, 2, Ct);

        page.Items.Should().Equal("Action 2", "Action 3");
        page.TotalCount.Should().Be(5);
        commands.Count.Should().Be(1);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ToPagedListAsync_PagePastTheEnd_CountsSeparately(string provider)
    {
        await using var database = await SeededAsync(provider, entries: 3);
        var commands = new CommandCounter();
        await using var context = Counting(database.NewContext(), commands);

        var page = await context.AuditEntries.OrderBy(e => e.OccurredAt).ToPagedListAsync(9, 2, Ct);

        page.Items.Should().BeEmpty();
        page.TotalCount.Should().Be(3);
        commands.Count.Should().Be(2);
    }

    private static async Task<TestDatabase> SeededAsync(string provider, int entries)
    {
        var database = await TestDatabase.MigratedAsync(provider, Ct);
        await using var context = database.NewContext();
        for (var i = 0; i < entries; i++)
            context.AuditEntries.Add(AuditEntry.Record(Start.AddMinutes(i), Guid.NewGuid(),
                new AuditActor(null, null, "tests"), $"Action {i}", null, null, AuditOutcome.Succeeded, null));
        await context.SaveChangesAsync(Ct);
        return database;
    }

    // The same database through a context that counts the statements it sends.
    private static AppDbContext Counting(AppDbContext like, CommandCounter counter)
    {
        var connectionString = like.Database.GetConnectionString()!;
        var isSqlite = like is SqliteAppDbContext;
        like.Dispose();
        return isSqlite
            ? new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>()
                .UseSqlite(connectionString).AddInterceptors(counter).Options)
            { Caller = SystemCaller.Instance }
            : new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>()
                .UseNpgsql(connectionString).AddInterceptors(counter).Options)
            { Caller = SystemCaller.Instance };
    }

    private sealed class CommandCounter : DbCommandInterceptor
    {
        public int Count { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command,
            CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command,
            CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
