using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CleanPlatform.Domain.UnitTests.Betting;

public sealed class DevigPropertyTests
{
    [Property(MaxTest = 300)]
    public Property All_GeneratedMarkets_EveryApplicableMethodSumsToOne() =>
        Prop.ForAll(BettingGenerators.Markets.ToArbitrary(), market => Devig.All(market)
            .Where(r => r.IsApplicable)
            .All(r => Math.Abs(r.Probabilities.Sum() - 1.0) < Devig.Tolerance));

    [Property(MaxTest = 300)]
    public Property All_GeneratedMarkets_ForwardModelsReproduceThePrices() =>
        Prop.ForAll(BettingGenerators.Markets.ToArbitrary(), market => Devig.All(market)
            .Where(r => r.IsApplicable)
            .All(r => DevigTests.ForwardError(r, market) < Devig.Tolerance));

    [Property(MaxTest = 300)]
    public Property All_GeneratedMarkets_MultiplicativeAlwaysApplies() =>
        Prop.ForAll(BettingGenerators.Markets.ToArbitrary(),
            market => Devig.Apply(market, DevigMethod.Multiplicative).IsApplicable);
}
