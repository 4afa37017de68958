using CleanPlatform.Application.Common.Models;
using CleanPlatform.Domain.Betting;
using FluentValidation;
using OddsValue = CleanPlatform.Domain.Common.Odds;

namespace CleanPlatform.Application.Betting.Bets.Common;

/// <summary>The shape rules placing and editing a bet share, so both name the same fields with the same limits.</summary>
internal static class BetRules
{
    public static void Odds<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.GreaterThan(1m).LessThanOrEqualTo(OddsValue.Max);

    public static void Stake<T>(this IRuleBuilder<T, MoneyDto> rule) =>
        rule.NotNull().SetValidator(new MoneyDtoValidator());

    public static void Line<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.InclusiveBetween(-BetLines.MaxLine, BetLines.MaxLine);

    public static void BookmakerKey<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(Bookmaker.KeyMaxLength).Matches(BetBookmakers.KeyPattern)
            .WithMessage("A bookmaker key is lower-case letters, digits, '.', '-' or '_' (e.g. pinnacle, b365).");

    public static void Notes<T>(this IRuleBuilder<T, string?> rule) => rule.MaximumLength(BetText.NotesMaxLength);

    public static void Tags<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.Must(tags => tags is null || tags.Count <= BetText.MaxTags).WithMessage($"A bet has at most {BetText.MaxTags} tags.");

    public static void Tag<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(BetText.TagMaxLength);
}
