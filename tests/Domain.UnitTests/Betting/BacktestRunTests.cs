using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Common;

namespace CleanPlatform.Domain.UnitTests.Betting;

public sealed class BacktestRunTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 1, 0, 0, TimeSpan.Zero);
    private static readonly Guid Organization = Guid.CreateVersion7();

    [Fact]
    public void Queue_Always_WaitsWithNothingDone()
    {
        var run = BacktestRun.Queue(Organization, "{}", 760, Now);

        (run.Status, run.MatchesTotal, run.MatchesDone, run.Attempts, run.IsFinished)
            .Should().Be((BacktestRunStatus.Queued, 760, 0, 0, false));
        run.IsClaimable(Now).Should().BeTrue();
    }

    [Fact]
    public void Start_Claimable_RunsFromTheFirstMatch_AndHoldsTheRunForTheLease()
    {
        var run = BacktestRun.Queue(Organization, "{}", 760, Now);

        run.Start(Now);
        run.Progress(300, Now.AddSeconds(10));

        (run.Status, run.Attempts, run.MatchesDone, run.StartedAt).Should().Be((BacktestRunStatus.Running, 1, 300, Now));
        run.IsClaimable(Now.AddSeconds(10) + BacktestRun.Lease).Should().BeFalse("the heartbeat is exactly one lease old");
        run.IsClaimable(Now.AddSeconds(11) + BacktestRun.Lease).Should().BeTrue();
        FluentActions.Invoking(() => run.Start(Now.AddMinutes(1))).Should().Throw<DomainException>()
            .Which.Code.Should().Be("backtest.not_claimable");
    }

    [Fact]
    public void Start_AbandonedRun_StartsAgainFromZero_CountingAttempts()
    {
        var run = BacktestRun.Queue(Organization, "{}", 760, Now);
        run.Start(Now);
        run.Progress(500, Now);

        run.Start(Now + BacktestRun.Lease + TimeSpan.FromSeconds(1));

        (run.Attempts, run.MatchesDone, run.StartedAt).Should().Be((2, 0, Now));
        run.AttemptsSpent.Should().BeFalse();
        run.Start(Now + (BacktestRun.Lease * 3));
        run.AttemptsSpent.Should().BeTrue();
    }

    [Fact]
    public void Progress_BeyondTheTotal_IsClamped()
    {
        var run = BacktestRun.Queue(Organization, "{}", 100, Now);
        run.Start(Now);

        run.Progress(120, Now);

        run.MatchesDone.Should().Be(100);
    }

    [Fact]
    public void Complete_Running_KeepsTheResultAndEveryMatchDone()
    {
        var run = BacktestRun.Queue(Organization, "{}", 100, Now);
        run.Start(Now);

        run.Complete("{\"bets\":3}", Now.AddSeconds(5));

        (run.Status, run.Result, run.MatchesDone, run.CompletedAt, run.IsFinished)
            .Should().Be((BacktestRunStatus.Completed, "{\"bets\":3}", 100, Now.AddSeconds(5), true));
        FluentActions.Invoking(() => run.Fail("late", Now)).Should().Throw<DomainException>().Which.Code.Should().Be("backtest.finished");
        FluentActions.Invoking(() => run.Progress(1, Now)).Should().Throw<DomainException>().Which.Code.Should().Be("backtest.not_running");
    }

    [Fact]
    public void Fail_LongError_IsCutToTheLimit()
    {
        var run = BacktestRun.Queue(Organization, "{}", 100, Now);

        run.Fail(new string('x', 2_000), Now);

        (run.Status, run.Error!.Length, run.Error[^1]).Should().Be((BacktestRunStatus.Failed, BacktestRun.ErrorMaxLength, '…'));
        run.IsClaimable(Now.AddDays(1)).Should().BeFalse();
    }

    [Fact]
    public void Complete_Queued_IsRefused()
    {
        var run = BacktestRun.Queue(Organization, "{}", 100, Now);

        FluentActions.Invoking(() => run.Complete("{}", Now)).Should().Throw<DomainException>().Which.Code.Should().Be("backtest.not_running");
    }
}
