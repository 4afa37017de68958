using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CleanPlatform.Domain.UnitTests.Betting;

public sealed class ValueRulePropertyTests
{
    private static readonly ValueRule Rule = new(ValueRule.DefaultThreshold, TimeSpan.FromMinutes(10));

    // An offered price around the fair one (−10 % to +20 %), so that some outcomes are flagged and some are not.
    private static Gen<(MarketPrices Market, int Outcome, Odds Offered)> Offers =>
        from market in BettingGenerators.Markets
        from outcome in Gen.Choose(0, market.Count - 1)
        from factor in Gen.Choose(90, 120).Select(f => f / 100m)
        let fair = 1m / (decimal)MultiplicativeDevig.Probabilities(market)[outcome]
        select (market, outcome, new Odds(Math.Max(1.01m, Math.Round(fair * factor, 2))));

    [Property(MaxTest = 300)]
    public Property IsValueUnderEveryMethod_Flagged_NoApplicableMethodRejects() =>
        Prop.ForAll(Offers.ToArbitrary(), offer =>
        {
            var devigs = Devig.All(offer.Market);
            return !Rule.IsValueUnderEveryMethod(offer.Offered, devigs, offer.Outcome)
                || devigs.Where(d => d.IsApplicable).All(d => Rule.IsValue(offer.Offered, d.Probabilities[offer.Outcome]));
        });
}
