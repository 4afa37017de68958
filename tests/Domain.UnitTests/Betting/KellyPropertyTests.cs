using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CleanPlatform.Domain.UnitTests.Betting;

public sealed class KellyPropertyTests
{
    private static Gen<(KellyStaking Kelly, BetCandidate Candidate, decimal Bankroll)> Suggestions =>
        from lambda in BettingGenerators.Percentages
        from cap in BettingGenerators.Percentages
        from p in BettingGenerators.Probabilities
        from odds in BettingGenerators.Odds
        from bankroll in BettingGenerators.Stakes.Select(s => s * 100m)
        select (new KellyStaking(lambda, cap, new Percentage(25)), new BetCandidate(p, odds), bankroll);

    [Property(MaxTest = 500)]
    public Property Stake_AnyCandidate_NeverExceedsTheBetCap() =>
        Prop.ForAll(Suggestions.ToArbitrary(), s =>
            s.Kelly.Fraction(s.Candidate) is var fraction && fraction >= 0m && fraction <= s.Kelly.BetCap.Fraction
            && s.Kelly.Stake(s.Bankroll, s.Candidate) <= s.Kelly.BetCap.Of(s.Bankroll));

    [Property(MaxTest = 500)]
    public Property Stakes_SeveralCandidates_StayWithinTheOpenCap() =>
        Prop.ForAll(Suggestions.ToArbitrary(), Gen.Choose(0, 300).ToArbitrary(), (s, openPerMille) =>
        {
            var open = s.Bankroll * openPerMille / 1000m;
            var stakes = s.Kelly.Stakes(s.Bankroll, open, [s.Candidate, s.Candidate, s.Candidate]);
            return open + stakes.Sum() <= Math.Max(open, s.Kelly.OpenCap.Of(s.Bankroll));
        });
}
