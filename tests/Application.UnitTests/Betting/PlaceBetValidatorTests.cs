using CleanPlatform.Application.Betting.Bets.PlaceBet;
using CleanPlatform.Application.Common.Models;
using CleanPlatform.Domain.Betting;
using Microsoft.Extensions.Time.Testing;

namespace CleanPlatform.Application.UnitTests.Betting;

public sealed class PlaceBetValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly PlaceBet Valid = new(Guid.CreateVersion7(), "pinnacle", MarketKind.MatchResult, Selection.Home,
        0m, 2.10m, new MoneyDto(10m, "EUR"));

    private static TestValidationResult<PlaceBet> Validate(PlaceBet command) =>
        new PlaceBetValidator(new FakeTimeProvider(Now)).TestValidate(command);

    [Theory]
    [InlineData(MarketKind.MatchResult, Selection.Draw, 0)]
    [InlineData(MarketKind.Totals, Selection.Under, 2.75)]
    [InlineData(MarketKind.AsianHandicap, Selection.Away, -1.25)]
    [InlineData(MarketKind.Spread, Selection.Home, -3.5)]
    [InlineData(MarketKind.Moneyline, Selection.Away, 0)]
    public void Validate_SelectionAndLineTheMarketOffers_Passes(MarketKind market, Selection selection, decimal line) =>
        Validate(Valid with { Market = market, Selection = selection, Line = line }).ShouldNotHaveAnyValidationErrors();

    [Theory]
    [InlineData(MarketKind.Totals, Selection.Draw)]
    [InlineData(MarketKind.MatchResult, Selection.Under)]
    [InlineData(MarketKind.Moneyline, Selection.Draw)]
    public void Validate_SelectionNotInMarket_FailsOnSelection(MarketKind market, Selection selection) =>
        Validate(Valid with { Market = market, Selection = selection, Line = market == MarketKind.Totals ? 2.5m : 0m })
            .ShouldHaveValidationErrorFor(x => x.Selection);

    [Theory]
    [InlineData(MarketKind.MatchResult, 0.5)]
    [InlineData(MarketKind.Totals, -2.5)]
    [InlineData(MarketKind.AsianHandicap, 0.1)]
    [InlineData(MarketKind.Spread, 0.25)]
    [InlineData(MarketKind.AsianHandicap, 1000)]
    public void Validate_LineTheMarketCannotHave_FailsOnLine(MarketKind market, decimal line) =>
        Validate(Valid with { Market = market, Selection = Selection.Home, Line = line })
            .ShouldHaveValidationErrorFor(x => x.Line);

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.5)]
    [InlineData(1000.01)]
    public void Validate_OddsOutOfRange_FailsOnOdds(decimal odds) =>
        Validate(Valid with { Odds = odds }).ShouldHaveValidationErrorFor(x => x.Odds);

    [Fact]
    public void Validate_PlacedInTheFuture_FailsOnPlacedAt() =>
        Validate(Valid with { PlacedAt = Now.AddSeconds(1) }).ShouldHaveValidationErrorFor(x => x.PlacedAt);

    [Fact]
    public void Validate_PlacedNow_Passes() =>
        Validate(Valid with { PlacedAt = Now }).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_ElevenTags_FailsOnTags() =>
        Validate(Valid with { Tags = [.. Enumerable.Range(1, BetText.MaxTags + 1).Select(i => $"t{i}")] })
            .ShouldHaveValidationErrorFor(x => x.Tags);

    [Fact]
    public void Validate_StakeInLowerCaseCurrency_FailsOnStakeCurrency() =>
        Validate(Valid with { Stake = new MoneyDto(10m, "eur") }).ShouldHaveValidationErrorFor("Stake.Currency");
}
