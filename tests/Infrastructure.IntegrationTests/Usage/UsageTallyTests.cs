using CleanPlatform.Infrastructure.Usage;

namespace CleanPlatform.Infrastructure.IntegrationTests.Usage;

public sealed class UsageTallyTests
{
    [Fact]
    public async Task TryCount_ConcurrentRequestsDuringAFlush_AdmitExactlyTheQuota()
    {
        var tally = new UsageTally();
        tally.Load(100);
        var admitted = 0;

        var workers = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 1_000; i++)
            {
                if (tally.TryCount(1_000).Allowed)
                    Interlocked.Increment(ref admitted);
                if (i % 97 == 0)
                {
                    var batch = tally.BeginFlush();
                    tally.Written(batch, 0);
                }
            }
        }, TestContext.Current.CancellationToken));
        await Task.WhenAll(workers);

        admitted.Should().Be(900);
        tally.Used.Should().Be(1_000);
    }

    [Fact]
    public void Failed_Batch_CountsAsPendingAgain()
    {
        var tally = new UsageTally();
        tally.Load(0);
        tally.TryCount(10);
        tally.TryCount(10);

        var batch = tally.BeginFlush();
        tally.Failed(batch);

        tally.Used.Should().Be(2);
        tally.BeginFlush().Should().Be(2);
    }
}
