using CleanPlatform.Domain.Betting.Events;
using static CleanPlatform.Domain.UnitTests.Betting.Prices;

namespace CleanPlatform.Domain.UnitTests.Betting;

public sealed class BetTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 15, 0, 0, TimeSpan.Zero);
    private static readonly Guid OrganizationId = Guid.CreateVersion7();
    private static readonly Competition League = Competition.Add(OrganizationId, Guid.CreateVersion7(), "E0", "Premier League", Now);
    private static readonly Bookmaker Pinnacle = Bookmaker.Add(OrganizationId, "pinnacle", "Pinnacle", false, Now);

    private static readonly SportEvent Match = SportEvent.Schedule(OrganizationId, League.Id, Guid.CreateVersion7(),
        "Arsenal", "Chelsea", Now.AddHours(2), new DateTime(2026, 11, 28, 17, 0, 0), "Europe/London", Now);

    [Fact]
    public void Place_ValidBet_RecordsItPendingWithTheEventsCompetitionAndSport()
    {
        var bet = Place(MarketKind.MatchResult, Selection.Home, 0m, 2.10m, 10m);

        bet.Should().BeEquivalentTo(new
        {
            OrganizationId,
            EventId = Match.Id,
            CompetitionId = League.Id,
            League.SportId,
            BookmakerId = Pinnacle.Id,
            Status = BetStatus.Pending,
            Stake = new Money(10m, "EUR"),
            PlacedAt = Now.AddMinutes(-5),
            Payout = (decimal?)null,
            Profit = (decimal?)null,
        });
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Place_StakeNotPositive_ThrowsDomainException(decimal stake)
    {
        var placing = () => Place(MarketKind.MatchResult, Selection.Home, 0m, 2.10m, stake);

        placing.Should().Throw<DomainException>().Which.Code.Should().Be("bet.stake_not_positive");
    }

    [Fact]
    public void Place_InTheFuture_ThrowsDomainException()
    {
        var placing = () => Bet.Place(Match, League, Pinnacle, Guid.CreateVersion7(),
            new BetPick(MarketKind.MatchResult, Selection.Home, 0m), new Odds(2m), new Money(10m, "EUR"), Now.AddSeconds(1),
            BetOrigin.Manual, Now);

        placing.Should().Throw<DomainException>().Which.Code.Should().Be("bet.placed_in_future");
    }

    [Theory]
    [InlineData(MarketKind.Totals, Selection.Draw, 2.5, "bet.selection_not_in_market")]
    [InlineData(MarketKind.MatchResult, Selection.Over, 0, "bet.selection_not_in_market")]
    [InlineData(MarketKind.MatchResult, Selection.Home, 0.5, "bet.line_invalid")]
    [InlineData(MarketKind.AsianHandicap, Selection.Home, 0.3, "bet.line_invalid")]
    [InlineData(MarketKind.Totals, Selection.Over, 0, "bet.line_invalid")]
    [InlineData(MarketKind.Spread, Selection.Away, 3.25, "bet.line_invalid")]
    public void Place_SelectionOrLineNotInMarket_ThrowsDomainException(MarketKind market, Selection selection, decimal line,
        string code)
    {
        var placing = () => Place(market, selection, line, 1.90m, 10m);

        placing.Should().Throw<DomainException>().Which.Code.Should().Be(code);
    }

    [Fact]
    public void Annotate_TooManyTags_ThrowsDomainException()
    {
        var bet = Place(MarketKind.MatchResult, Selection.Draw, 0m, 3.40m, 10m);

        var tagging = () => bet.Annotate(null, Enumerable.Range(1, BetText.MaxTags + 1).Select(i => $"t{i}"));

        tagging.Should().Throw<DomainException>().Which.Code.Should().Be("bet.too_many_tags");
    }

    [Fact]
    public void Annotate_RepeatedAndPaddedTags_KeepsEachOnceTrimmed()
    {
        var bet = Place(MarketKind.MatchResult, Selection.Draw, 0m, 3.40m, 10m);

        bet.Annotate("  derby  ", [" value", "value ", "live"]);

        bet.Tags.Should().Equal("value", "live");
        bet.Notes.Should().Be("derby");
    }

    [Fact]
    public void Edit_Pending_ReplacesPriceStakeLineAndNotes()
    {
        var bet = Place(MarketKind.AsianHandicap, Selection.Away, 0.25m, 1.95m, 10m);
        var other = Bookmaker.Add(OrganizationId, "b365", "Bet365", false, Now);

        bet.Edit(other, 0.5m, new Odds(1.87m), new Money(20m, "GBP"), Now.AddMinutes(-1), "moved", ["edited"], Now);

        bet.Should().BeEquivalentTo(new
        {
            BookmakerId = other.Id,
            Line = 0.5m,
            Odds = new Odds(1.87m),
            Stake = new Money(20m, "GBP"),
            PlacedAt = Now.AddMinutes(-1),
            Notes = "moved",
            Tags = new[] { "edited" },
        });
    }

    [Fact]
    public void Edit_Settled_ThrowsDomainException()
    {
        var bet = Place(MarketKind.MatchResult, Selection.Home, 0m, 2.10m, 10m);
        bet.Settle(new Score(2, 0), Now);

        var editing = () => bet.Edit(Pinnacle, 0m, new Odds(2.2m), new Money(10m, "EUR"), Now, null, null, Now);

        editing.Should().Throw<DomainException>().Which.Code.Should().Be("bet.not_pending");
    }

    [Fact]
    public void Void_Pending_ReturnsTheStakeWithNoProfit()
    {
        var bet = Place(MarketKind.MatchResult, Selection.Home, 0m, 2.10m, 12.34m);

        bet.Void(Now);

        bet.Should().BeEquivalentTo(new { Status = BetStatus.Void, Payout = 12.34m, Profit = 0m, SettledAt = Now });
    }

    [Fact]
    public void Void_AlreadyVoid_ThrowsDomainException()
    {
        var bet = Place(MarketKind.MatchResult, Selection.Home, 0m, 2.10m, 10m);
        bet.Void(Now);

        var voiding = () => bet.Void(Now);

        voiding.Should().Throw<DomainException>().Which.Code.Should().Be("bet.not_pending");
    }

    [Theory]
    [InlineData(Selection.Home, 2, 1, BetStatus.Won, 21.00)]
    [InlineData(Selection.Draw, 2, 1, BetStatus.Lost, 0.00)]
    [InlineData(Selection.Draw, 1, 1, BetStatus.Won, 21.00)]
    [InlineData(Selection.Away, 0, 1, BetStatus.Won, 21.00)]
    public void Settle_MatchResult_GradesOnTheFullTimeScore(Selection selection, int home, int away, BetStatus status,
        decimal payout)
    {
        var bet = Place(MarketKind.MatchResult, selection, 0m, 2.10m, 10m);

        bet.Settle(new Score(home, away), Now);

        bet.Should().BeEquivalentTo(new
        {
            Status = status,
            Payout = payout,
            Profit = payout - 10m,
            SettledHomeGoals = home,
            SettledAwayGoals = away,
            SettledAt = Now,
        });
    }

    // §9: home at −0.25 and 0.25, level score; away at +0.75 (home line −0.75) losing by one.
    [Theory]
    [InlineData(Selection.Home, 0.25, 1, 1, BetStatus.HalfWon, 14.75)]
    [InlineData(Selection.Home, -0.25, 0, 0, BetStatus.HalfLost, 5.00)]
    [InlineData(Selection.Away, 0.75, 1, 0, BetStatus.HalfLost, 5.00)]
    [InlineData(Selection.Away, 0.75, 0, 0, BetStatus.Won, 19.50)]
    public void Settle_AsianHandicapQuarterLine_SplitsTheStake(Selection selection, decimal line, int home, int away,
        BetStatus status, decimal payout)
    {
        var bet = Place(MarketKind.AsianHandicap, selection, line, 1.95m, 10m);

        bet.Settle(new Score(home, away), Now);

        bet.Status.Should().Be(status);
        bet.Payout.Should().Be(payout);
    }

    [Theory]
    [InlineData(Selection.Over)]
    [InlineData(Selection.Under)]
    public void Settle_TotalsOnTheLine_Pushes(Selection selection)
    {
        var bet = Place(MarketKind.Totals, selection, 3m, 1.90m, 10m);

        bet.Settle(new Score(2, 1), Now);

        bet.Should().BeEquivalentTo(new { Status = BetStatus.Push, Payout = 10m, Profit = 0m });
    }

    [Fact]
    public void Settle_MoneylineLevel_PushesByDefault()
    {
        var bet = Place(MarketKind.Moneyline, Selection.Away, 0m, 2.40m, 10m);

        bet.Settle(new Score(1, 1), Now);

        bet.Should().BeEquivalentTo(new { Status = BetStatus.Push, Payout = 10m, Profit = 0m });
    }

    [Theory]
    [InlineData(3.5, 3, 1, BetStatus.Won)]
    [InlineData(1.5, 3, 1, BetStatus.Lost)]
    [InlineData(2, 3, 1, BetStatus.Push)]
    public void Settle_SpreadAway_GradesOnTheAwaySidesOwnLine(decimal line, int home, int away, BetStatus status)
    {
        var bet = Place(MarketKind.Spread, Selection.Away, line, 1.90m, 10m);

        bet.Settle(new Score(home, away), Now);

        bet.Status.Should().Be(status);
    }

    [Theory]
    [InlineData(10.00, 1.955, 19.55)]
    [InlineData(3.33, 1.91, 6.36)]
    [InlineData(7.77, 2.345, 18.22)]
    [InlineData(2.50, 1.999, 4.99)]
    public void Settle_Won_PaysOutRoundedDownToTheCent(decimal stake, decimal odds, decimal payout)
    {
        var bet = Place(MarketKind.MatchResult, Selection.Home, 0m, odds, stake);

        bet.Settle(new Score(1, 0), Now);

        bet.Payout.Should().Be(payout);
        bet.Profit.Should().Be(payout - stake);
    }

    [Fact]
    public void Settle_HalfWonInCents_PaysOutRoundedDown()
    {
        var bet = Place(MarketKind.AsianHandicap, Selection.Home, 0.25m, 1.91m, 3.33m);

        bet.Settle(new Score(0, 0), Now);

        // 3.33 × 2.91 / 2 = 4.84515
        bet.Payout.Should().Be(4.84m);
    }

    [Fact]
    public void Settle_DeadHeat_KeepsTheFraction()
    {
        var bet = Place(MarketKind.MatchResult, Selection.Home, 0m, 5.0m, 10m);

        bet.Settle(Grade.OfDeadHeat(places: 1, tied: 2), null, Now);

        bet.Should().BeEquivalentTo(new { Status = BetStatus.Won, Profit = 15.00m, DeadHeatFraction = 0.5m });
    }

    [Fact]
    public void Settle_Twice_ThrowsDomainException()
    {
        var bet = Place(MarketKind.MatchResult, Selection.Home, 0m, 2.10m, 10m);
        bet.Settle(new Score(1, 0), Now);

        var settling = () => bet.Settle(new Score(1, 0), Now);

        settling.Should().Throw<DomainException>().Which.Code.Should().Be("bet.not_pending");
    }

    // §9 CLV vectors: taken 2.20, close 2.00 (p_home 0.486486 of 2.00/3.60/4.00).
    [Fact]
    public void RecordClose_ClosingPrice_GivesRawFairAndProbabilityClv()
    {
        var bet = Place(MarketKind.MatchResult, Selection.Home, 0m, 2.20m, 10m);

        bet.RecordClose(new Odds(2.00m), MultiplicativeDevig.Probabilities(Market(2.00, 3.60, 4.00))[0], stale: false);

        bet.ClvRaw.Should().BeApproximately(0.100000, SixDecimals);
        bet.ClvFair.Should().BeApproximately(0.070270, SixDecimals);
        bet.ClvProbability.Should().BeApproximately(0.045455, SixDecimals);
    }

    [Fact]
    public void RecordClose_NoFairProbability_KeepsRawClvAndNoFairClv()
    {
        var bet = Place(MarketKind.MatchResult, Selection.Home, 0m, 1.90m, 10m);

        bet.RecordClose(new Odds(2.05m), null, stale: false);

        bet.ClvRaw.Should().BeApproximately(-0.073171, SixDecimals);
        bet.ClvProbability.Should().BeApproximately(-0.038511, SixDecimals);
        bet.ClvFair.Should().BeNull();
    }

    [Fact]
    public void Settle_Pending_RaisesBetSettledWithTheResult()
    {
        var bet = Place(MarketKind.MatchResult, Selection.Home, 0m, 2.15m, 3.33m);

        bet.Settle(new Score(2, 1), Now);

        bet.DomainEvents.Should().ContainSingle().Which.Should().Be(new BetSettled(bet.Id, bet.OrganizationId, bet.UserId,
            BetStatus.Won, 7.15m, 3.82m, "EUR", Now));
    }

    [Fact]
    public void RecordClose_StaleClose_KeepsTheClvAndFlagsIt()
    {
        var bet = Place(MarketKind.MatchResult, Selection.Home, 0m, 2.20m, 10m);

        bet.RecordClose(new Odds(2.00m), 0.5, stale: true);

        bet.Should().BeEquivalentTo(new { ClosingOdds = 2.00m, ClvRaw = 0.1, ClvFair = 0.1, ClosingStale = true },
            o => o.Using<double>(c => c.Subject.Should().BeApproximately(c.Expectation, 1e-9)).WhenTypeIs<double>());
    }

    [Theory]
    [InlineData(MarketKind.AsianHandicap, Selection.Away, 0.5, -0.5)]
    [InlineData(MarketKind.AsianHandicap, Selection.Home, -0.5, -0.5)]
    [InlineData(MarketKind.Spread, Selection.Away, -3.5, 3.5)]
    [InlineData(MarketKind.Totals, Selection.Under, 2.5, 2.5)]
    [InlineData(MarketKind.AsianHandicap, Selection.Away, 0, 0)]
    public void StoredLine_Pick_IsTheHomeLineForHandicaps(MarketKind market, Selection selection, decimal line, decimal stored)
    {
        BetLines.StoredLine(market, selection, line).Should().Be(stored);
    }

    [Fact]
    public void RecordClose_AtTheBetsLine_RecordsItsLineAndNoRepricing()
    {
        var bet = Place(MarketKind.AsianHandicap, Selection.Home, -0.75m, 1.95m, 10m);

        bet.RecordClose(new Odds(2.02m), 0.48, stale: false);

        bet.Should().BeEquivalentTo(new { ClosingLine = -0.75m, ClvLineRepriced = false, RepricedFairProbability = (double?)null });
    }

    [Fact]
    public void RecordClose_RepricedFromAnotherLine_KeepsTheRawCloseAndLeavesTheSection5MeasuresUndefined()
    {
        var bet = Place(MarketKind.AsianHandicap, Selection.Home, -0.5m, 1.95m, 10m);

        bet.RecordClose(RecordedClose.Repriced(new Odds(1.95m), -0.75m, Market(2.02, 1.88), 0, 0.55, stale: false));

        bet.Should().BeEquivalentTo(new
        {
            ClosingOdds = 2.02m,
            ClosingLine = -0.75m,
            ClvLineRepriced = true,
            ClvRaw = (double?)null,
            ClvFair = (double?)null,
            ClvProbability = (double?)null,
            RepricedFairProbability = 0.55,
        });
        bet.ClosingFairProbability.Should().BeApproximately(1 / 2.02 / (1 / 2.02 + 1 / 1.88), 1e-12);
        bet.ClvRepricedFair.Should().BeApproximately((1.95 * 0.55) - 1, 1e-12);
    }

    private static Bet Place(MarketKind market, Selection selection, decimal line, decimal odds, decimal stake) =>
        Bet.Place(Match, League, Pinnacle, Guid.CreateVersion7(), new BetPick(market, selection, line), new Odds(odds),
            new Money(stake, "EUR"), Now.AddMinutes(-5), BetOrigin.Manual, Now);
}
