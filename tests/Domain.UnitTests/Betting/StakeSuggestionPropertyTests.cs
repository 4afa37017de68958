using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CleanPlatform.Domain.UnitTests.Betting;

public sealed class StakeSuggestionPropertyTests
{
    private static Gen<(KellyStaking Kelly, BetCandidate Candidate, decimal Bankroll, decimal Open)> Suggestions =>
        from lambda in BettingGenerators.Percentages
        from betCap in Gen.Choose(1, 20).Select(p => new Percentage(p))
        from openCap in Gen.Choose(20, 100).Select(p => new Percentage(p))
        from p in BettingGenerators.Probabilities
        from odds in BettingGenerators.Odds
        from bankroll in BettingGenerators.Stakes.Select(s => s * 100m)
        from openPerMille in Gen.Choose(0, 1200)
        select (new KellyStaking(lambda, betCap, openCap), new BetCandidate(p, odds), bankroll, bankroll * openPerMille / 1000m);

    [Property(MaxTest = 500)]
    public Property For_AnyBook_NeverExceedsTheBetCap() =>
        Prop.ForAll(Suggestions.ToArbitrary(), s =>
            StakeSuggestion.For(s.Kelly, s.Candidate, s.Bankroll, s.Open).Stake is var stake
            && stake >= 0m && stake <= s.Kelly.BetCap.Of(s.Bankroll));

    [Property(MaxTest = 500)]
    public Property For_AnyBook_NeverPushesOpenAndNewBeyondTheOpenCap() =>
        Prop.ForAll(Suggestions.ToArbitrary(), s =>
            StakeSuggestion.For(s.Kelly, s.Candidate, s.Bankroll, s.Open).Stake is var stake
            && (stake == 0m || s.Open + stake <= s.Kelly.OpenCap.Of(s.Bankroll)));
}
