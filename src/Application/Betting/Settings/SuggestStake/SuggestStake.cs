using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Betting.Settings.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Settings.SuggestStake;

/// <summary>
/// The stake the organization's staking rules suggest for backing <paramref name="Odds"/> on an outcome of fair
/// probability <paramref name="Probability"/>, on its bankroll now and with its pending bets open.
/// <paramref name="Fraction"/>, when given, replaces the settings' λ for this suggestion only.
/// </summary>
[Authorize]
public sealed record SuggestStake(decimal Odds, double Probability, decimal? Fraction = null) : IQuery<StakeSuggestionDto>;

public sealed class SuggestStakeHandler(IBettingDb db, ICurrentUser user) : IQueryHandler<SuggestStake, StakeSuggestionDto>
{
    public async ValueTask<StakeSuggestionDto> Handle(SuggestStake query, CancellationToken cancellationToken)
    {
        var bankroll = await Bankroll.OfAsync(db, user.RequireOrganizationId(), cancellationToken);
        var settings = bankroll.Settings;
        var lambda = query.Fraction ?? settings.KellyMultiplier;
        var staking = new KellyStaking(Percentage.FromFraction(lambda), Percentage.FromFraction(settings.BetCap),
            Percentage.FromFraction(settings.OpenCap));
        var s = StakeSuggestion.For(staking, new BetCandidate(query.Probability, new Odds(query.Odds)), bankroll.Current,
            bankroll.OpenStakes);
        MoneyDto Money(decimal amount) => MoneyDto.From(new Money(amount, bankroll.Currency));
        return new(query.Odds, query.Probability, lambda, settings.BetCap, settings.OpenCap, settings.MinimumEdge,
            s.FullKelly, s.FractionalKelly, s.Capped, s.Scaled, s.OpenShare, Money(bankroll.Current), Money(bankroll.OpenStakes),
            Money(s.BankrollUsed), Money(s.Stake), s.Edge, s.ExpectedValue, s.ExpectedValue > settings.MinimumEdge);
    }
}
