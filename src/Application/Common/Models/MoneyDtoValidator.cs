using CleanPlatform.Domain.Common;
using FluentValidation;

namespace CleanPlatform.Application.Common.Models;

/// <summary>
/// A positive amount (or, with <c>allowZero</c>, 0 or more) in a supported currency, with no more decimals than the
/// currency has minor units: 10.005 EUR is refused rather than silently rounded.
/// </summary>
public sealed class MoneyDtoValidator : AbstractValidator<MoneyDto>
{
    public MoneyDtoValidator(bool allowZero = false)
    {
        // The bounds every amount has, in requests and responses alike (a profit may be negative): the OpenAPI schema
        // states these. The sign a request needs is a condition of its own, which the schema leaves out.
        RuleFor(x => x.Amount).InclusiveBetween(-MoneyDto.MaxAmount, MoneyDto.MaxAmount);
        RuleFor(x => x.Amount).GreaterThanOrEqualTo(0m).When(_ => allowZero);
        RuleFor(x => x.Amount).GreaterThan(0m).When(_ => !allowZero);
        RuleFor(x => x.Amount)
            .Must((money, amount) => decimal.Round(amount, Currencies.MinorUnits(money.Currency)) == amount)
            .WithMessage(money => $"An amount in {money.Currency} has at most {Currencies.MinorUnits(money.Currency)} decimals.")
            .When(money => Currencies.IsSupported(money.Currency));
        RuleFor(x => x.Currency).NotEmpty().Length(Currencies.CodeLength)
            .SupportedCurrency();
    }
}
