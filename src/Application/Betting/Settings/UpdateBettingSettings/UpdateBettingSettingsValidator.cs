using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Settings.UpdateBettingSettings;

public sealed class UpdateBettingSettingsValidator : AbstractValidator<UpdateBettingSettings>
{
    /// <summary>The shortest Odds API key accepted; the API's keys are 32 characters.</summary>
    public const int OddsApiKeyMinLength = 12;

    /// <summary>The longest Odds API key accepted.</summary>
    public const int OddsApiKeyMaxLength = 128;

    /// <summary>What an Odds API key looks like: letters, digits, '-' and '_', no spaces.</summary>
    public const string OddsApiKeyPattern = "^[A-Za-z0-9_-]*$";

    public UpdateBettingSettingsValidator()
    {
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
        RuleFor(x => x.InitialBankroll).NotNull().SetValidator(new MoneyDtoValidator());
        RuleFor(x => x.KellyFraction).GreaterThan(0m).LessThanOrEqualTo(1m).Ratio();
        RuleFor(x => x.MinimumEdge).InclusiveBetween(0m, 1m).Ratio();
        RuleFor(x => x.MaxBetShare).GreaterThan(0m).LessThanOrEqualTo(1m).Ratio();
        RuleFor(x => x.MaxOpenShare).GreaterThan(0m).LessThanOrEqualTo(1m).Ratio();
        RuleFor(x => x.MaxBetShare).LessThanOrEqualTo(x => x.MaxOpenShare)
            .WithMessage("The most one bet may take cannot exceed the most all open bets may take.");
        RuleFor(x => x.CollectionIntervalMinutes).InclusiveBetween(OddsCollectionRules.MinIntervalMinutes, OddsCollectionRules.MaxIntervalMinutes);
        RuleFor(x => x.RequestsReserve).InclusiveBetween(0, OddsCollectionRules.MaxRequestsReserve);
        RuleFor(x => x.Regions).NotEmpty();
        RuleForEach(x => x.Regions).Must(r => OddsCollectionRules.Regions.Contains(r))
            .WithMessage($"A region is one of {string.Join(", ", OddsCollectionRules.Regions)}.");
        RuleFor(x => x.SportKeys).NotNull().Must(k => k is null || k.Count <= OddsCollectionRules.MaxSportKeys)
            .WithMessage($"Collect at most {OddsCollectionRules.MaxSportKeys} sports.");
        RuleForEach(x => x.SportKeys).NotEmpty().MaximumLength(OddsCollectionRules.SportKeyMaxLength)
            .Matches(OddsCollectionRules.SportKeyPattern).WithMessage("A sport key is lower-case letters, digits and '_' (e.g. soccer_epl).");
        RuleFor(x => x.Agents).NotNull();
        RuleFor(x => x.Alerts).NotNull();
        RuleFor(x => x.Alerts.OpportunityEdge).GreaterThan(0m).LessThanOrEqualTo(1m).Ratio().When(x => x.Alerts is not null);
        RuleFor(x => x.Alerts.LineMovePercent).GreaterThan(0m).LessThanOrEqualTo(100m).Ratio().When(x => x.Alerts is not null);
        RuleFor(x => x.Alerts.KickOffReminderMinutes).InclusiveBetween(0, AlertThresholds.MaxKickOffReminderMinutes)
            .When(x => x.Alerts is not null);
        RuleFor(x => x.OddsApiKey!).Length(OddsApiKeyMinLength, OddsApiKeyMaxLength).Matches(OddsApiKeyPattern)
            .WithMessage("An Odds API key is letters, digits, '-' or '_'.")
            .When(x => !string.IsNullOrEmpty(x.OddsApiKey));
    }

    /// <summary>The decimals a ratio column keeps: a seventh would be rounded away, so it is refused instead.</summary>
    public const int RatioDecimals = 6;
}
