using CleanPlatform.Application.Common.Models;

namespace CleanPlatform.Application.UnitTests.Common.Models;

public sealed class MoneyDtoValidatorTests
{
    private static TestValidationResult<MoneyDto> Validate(decimal amount, string currency) =>
        new MoneyDtoValidator().TestValidate(new MoneyDto(amount, currency));

    [Theory]
    [InlineData(10.5, "EUR")]
    [InlineData(1000, "JPY")]
    [InlineData(1.125, "KWD")]
    public void Validate_PositiveAmountInItsMinorUnits_Passes(decimal amount, string currency) =>
        Validate(amount, currency).ShouldNotHaveAnyValidationErrors();

    [Theory]
    [InlineData(0, "EUR")]
    [InlineData(-1, "EUR")]
    [InlineData(10.005, "EUR")]
    [InlineData(1000.5, "JPY")]
    [InlineData(1_000_000_001, "EUR")]
    public void Validate_AmountNotPositiveOrTooPrecise_FailsOnAmount(decimal amount, string currency) =>
        Validate(amount, currency).ShouldHaveValidationErrorFor(x => x.Amount);

    [Theory]
    [InlineData("eur")]
    [InlineData("XXX")]
    [InlineData("")]
    public void Validate_UnsupportedCurrency_FailsOnCurrencyOnly(string currency)
    {
        var result = Validate(10m, currency);

        result.ShouldHaveValidationErrorFor(x => x.Currency);
        result.ShouldNotHaveValidationErrorFor(x => x.Amount);
    }
}
