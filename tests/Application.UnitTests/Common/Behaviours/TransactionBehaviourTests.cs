using CleanPlatform.Application.Common.Behaviours;
using CleanPlatform.Application.Common.Interfaces;
using CleanPlatform.Application.Common.Security;
using Mediator;
using NSubstitute;

namespace CleanPlatform.Application.UnitTests.Common.Behaviours;

public sealed class TransactionBehaviourTests
{
    private sealed record Transfer : ICommand<int>;

    private sealed record SelfCommitting : ICommand<int>, IManagesOwnTransaction;

    private static IUnitOfWork RunningWork(Action? onEnter = null, Action? onExit = null)
    {
        var unitOfWork = Substitute.For<IUnitOfWork>();
        unitOfWork.InTransactionAsync(Arg.Any<Func<CancellationToken, Task<int>>>(), Arg.Any<CancellationToken>())
            .Returns(async call =>
            {
                onEnter?.Invoke();
                var result = await call.Arg<Func<CancellationToken, Task<int>>>()(call.Arg<CancellationToken>());
                onExit?.Invoke();
                return result;
            });
        return unitOfWork;
    }

    [Fact]
    public async Task Handle_Command_RunsNextInsideTransaction()
    {
        var inTransaction = false;
        var ranInTransaction = false;
        var unitOfWork = RunningWork(() => inTransaction = true, () => inTransaction = false);
        var behaviour = new TransactionBehaviour<Transfer, int>(unitOfWork);

        var response = await behaviour.Handle(new Transfer(), (_, _) =>
        {
            ranInTransaction = inTransaction;
            return ValueTask.FromResult(42);
        }, TestContext.Current.CancellationToken);

        response.Should().Be(42);
        ranInTransaction.Should().BeTrue();
    }

    [Fact]
    public async Task Handle_Command_PassesCallerTokenToUnitOfWork()
    {
        var unitOfWork = RunningWork();
        var behaviour = new TransactionBehaviour<Transfer, int>(unitOfWork);
        var ct = TestContext.Current.CancellationToken;

        await behaviour.Handle(new Transfer(), (_, _) => ValueTask.FromResult(42), ct);

        await unitOfWork.Received(1).InTransactionAsync(Arg.Any<Func<CancellationToken, Task<int>>>(), ct);
    }

    [Fact]
    public async Task Handle_ManagesOwnTransaction_BypassesUnitOfWork()
    {
        var unitOfWork = RunningWork();
        var behaviour = new TransactionBehaviour<SelfCommitting, int>(unitOfWork);

        var response = await behaviour.Handle(new SelfCommitting(), (_, _) => ValueTask.FromResult(42),
            TestContext.Current.CancellationToken);

        response.Should().Be(42);
        await unitOfWork.DidNotReceiveWithAnyArgs().InTransactionAsync<int>(default!, TestContext.Current.CancellationToken);
    }
}
