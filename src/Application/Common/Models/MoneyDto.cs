using CleanPlatform.Domain.Common;

namespace CleanPlatform.Application.Common.Models;

/// <summary>An amount in an ISO 4217 currency, as JSON carries money: <c>{ "amount": 12.34, "currency": "EUR" }</c>.</summary>
public sealed record MoneyDto(decimal Amount, string Currency)
{
    /// <summary>The largest amount a request may carry: far above any stake or invoice, well inside the money columns.</summary>
    public const decimal MaxAmount = 1_000_000_000m;

    public static MoneyDto From(Money money) => new(money.Amount, money.Currency);

    public Money ToMoney() => new(Amount, Currency);
}
