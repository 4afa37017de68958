using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Betting.Settings.Common;

namespace CleanPlatform.Application.Betting.Settings.GetBankroll;

/// <summary>The organization's bankroll now, its open exposure and what is left to stake; every member may read it.</summary>
[Authorize]
public sealed record GetBankroll : IQuery<BankrollDto>;

public sealed class GetBankrollHandler(IBettingDb db, ICurrentUser user) : IQueryHandler<GetBankroll, BankrollDto>
{
    public async ValueTask<BankrollDto> Handle(GetBankroll query, CancellationToken cancellationToken)
    {
        var bankroll = await Bankroll.OfAsync(db, user.RequireOrganizationId(), cancellationToken);
        MoneyDto Money(decimal amount) => MoneyDto.From(new Money(amount, bankroll.Currency));
        return new(MoneyDto.From(bankroll.Settings.InitialBankroll), Money(bankroll.SettledProfit), Money(bankroll.Current),
            Money(bankroll.OpenStakes), Money(bankroll.Available), decimal.Round(bankroll.OpenShare, 6), bankroll.PendingBets,
            bankroll.SettledBets, bankroll.OtherCurrencyBets);
    }
}
