using CleanPlatform.Application.Betting.Studies.RunBacktest;

namespace CleanPlatform.Application.UnitTests.Betting.Studies;

public sealed class ClvDistributionTests
{
    [Fact]
    public void Of_Values_CountsEachInItsBucketWithOpenEnds()
    {
        var buckets = ClvDistribution.Of([-0.5, -0.2, -0.01, 0.0, 0.019, 0.02, 0.199, 0.2, 3.0]);

        buckets.Should().HaveCount(BacktestClvDto.Buckets);
        buckets[0].Should().Be(new ClvBucketDto(null, -0.2, 1));
        buckets[^1].Should().Be(new ClvBucketDto(0.2, null, 2));
        buckets.Single(b => b.From == -0.2).Count.Should().Be(1);
        buckets.Single(b => b.From == -0.02).Count.Should().Be(1);
        buckets.Single(b => b.From == 0.0).Count.Should().Be(2);
        buckets.Single(b => b.From == 0.02).Count.Should().Be(1);
        buckets.Single(b => b.From == 0.18).Count.Should().Be(1);
        buckets.Sum(b => b.Count).Should().Be(9);
    }
}
