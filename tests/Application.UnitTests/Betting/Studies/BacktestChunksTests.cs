using CleanPlatform.Application.Betting.Studies.Common;
using CleanPlatform.Application.Betting.Studies.RunBacktest;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.UnitTests.Betting.Studies;

public sealed class BacktestChunksTests
{
    private static readonly DateTimeOffset Saturday = new(2024, 5, 18, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Of_MatchesAtDistinctTimes_CutsEverySizeMatches()
    {
        var matches = Enumerable.Range(0, 7).Select(i => Match(Saturday.AddHours(i))).ToList();

        var chunks = BacktestChunks.Of(matches, 3).ToList();

        chunks.Select(c => c.Count).Should().Equal(3, 3, 1);
        chunks.SelectMany(c => c).Should().Equal(matches, "in replay order, each match once");
    }

    [Fact]
    public void Of_AKickOffTimeAcrossTheCut_StaysInOneChunk()
    {
        // Three matches at 14:00 straddle the cut after two: the chunk takes all three.
        var matches = new[] { Saturday.AddHours(-1), Saturday, Saturday, Saturday, Saturday.AddHours(1) }.Select(Match).ToList();

        var chunks = BacktestChunks.Of(matches, 2).ToList();

        chunks.Select(c => c.Count).Should().Equal(4, 1);
        chunks[0].Select(m => m.KickOffUtc).Should().NotIntersectWith(chunks[1].Select(m => m.KickOffUtc));
    }

    [Fact]
    public void Of_NoMatches_IsNoChunk() => BacktestChunks.Of([], 100).Should().BeEmpty();

    private static StudyMatchRow Match(DateTimeOffset kickOff) =>
        new(Guid.CreateVersion7(), "E0", kickOff, "Home", "Away", new Score(1, 0));
}
