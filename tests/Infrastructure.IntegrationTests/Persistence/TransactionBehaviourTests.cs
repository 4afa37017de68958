using CleanPlatform.Application.Common.Behaviours;
using CleanPlatform.Application.Common.Security;
using Mediator;

namespace CleanPlatform.Infrastructure.IntegrationTests.Persistence;

/// <summary>The transaction behaviour over the real unit of work and a real database, as every command runs.</summary>
public sealed class TransactionBehaviourTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record OpenOrganizations : ICommand<Guid>;

    private sealed record OpenOrganizationsCommittingEachStep : ICommand<Guid>, IManagesOwnTransaction;

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Handle_HandlerFailsAfterSaving_LeavesNoRow(string provider)
    {
        await using var database = await ArrangeAsync(provider);
        await using var context = database.NewContext();

        var failure = await Record.ExceptionAsync(() => SendAsync(context, new OpenOrganizations(), async ct =>
        {
            await OpenAsync(context, "First", ct);
            await OpenAsync(context, "Second", ct);
            throw new InvalidOperationException("The command fails after both writes were saved.");
        }));

        failure.Should().BeOfType<InvalidOperationException>();
        (await OrganizationsAsync(database)).Should().BeEmpty();
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Handle_HandlerReturns_CommitsItsRows(string provider)
    {
        await using var database = await ArrangeAsync(provider);
        await using var context = database.NewContext();

        await SendAsync(context, new OpenOrganizations(), async ct =>
        {
            await OpenAsync(context, "First", ct);
            return await OpenAsync(context, "Second", ct);
        });

        (await OrganizationsAsync(database)).Should().BeEquivalentTo("First", "Second");
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Handle_ManagesOwnTransaction_KeepsWhatItSavedBeforeFailing(string provider)
    {
        await using var database = await ArrangeAsync(provider);
        await using var context = database.NewContext();

        var failure = await Record.ExceptionAsync(() => SendAsync(context, new OpenOrganizationsCommittingEachStep(), async ct =>
        {
            await OpenAsync(context, "Kept", ct);
            throw new InvalidOperationException("The command fails after its first step was saved.");
        }));

        failure.Should().BeOfType<InvalidOperationException>();
        (await OrganizationsAsync(database)).Should().Equal("Kept");
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Handle_CallerAlreadyCancelled_RunsNothing(string provider)
    {
        await using var database = await ArrangeAsync(provider);
        await using var context = database.NewContext();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var failure = await Record.ExceptionAsync(() => SendAsync(context, new OpenOrganizations(),
            ct => OpenAsync(context, "Abandoned", ct), cancelled.Token));

        (await OrganizationsAsync(database)).Should().BeEmpty();
        failure.Should().BeAssignableTo<OperationCanceledException>();
    }

    /// <summary>A migrated database with the Free plan every organization opens on.</summary>
    private static async Task<TestDatabase> ArrangeAsync(string provider)
    {
        var database = await TestDatabase.MigratedAsync(provider, Ct);
        await using var context = database.NewContext();
        context.Plans.Add(Plan.Define(Plan.Free, 60, 10_000));
        await context.SaveChangesAsync(Ct);
        return database;
    }

    private static async Task<Guid> SendAsync<TCommand>(AppDbContext context, TCommand command,
        Func<CancellationToken, Task<Guid>> handler, CancellationToken? ct = null) where TCommand : ICommand<Guid> =>
        await new TransactionBehaviour<TCommand, Guid>(new UnitOfWork(context))
            .Handle(command, async (_, token) => await handler(token), ct ?? Ct);

    private static async Task<Guid> OpenAsync(AppDbContext context, string name, CancellationToken ct)
    {
        var organization = Organization.Open(name, Plan.Free, DateTimeOffset.UtcNow);
        context.Organizations.Add(organization);
        await context.SaveChangesAsync(ct);
        return organization.Id;
    }

    private static async Task<List<string>> OrganizationsAsync(TestDatabase database)
    {
        await using var context = database.NewContext();
        return await context.Organizations.Select(o => o.Name).ToListAsync(Ct);
    }
}
