namespace CleanPlatform.Domain.Betting;

/// <summary>
/// What the Odds API collection job fetches and how often (betting.md §8): the regions and sport keys it asks for,
/// every so many minutes (<see cref="BettingSettings.CollectionIntervalMinutes"/>), and the credits it keeps in reserve. The reserve is a floor on the
/// API's <c>x-requests-remaining</c>: collection stops once the credits left until the monthly reset fall to it or
/// below, so the reserve stays for manual look-ups and the end of the month.
/// </summary>
public static class OddsCollectionRules
{
    public const int DefaultIntervalMinutes = 60;
    public const int MinIntervalMinutes = 5;

    /// <summary>The longest interval: once a day.</summary>
    public const int MaxIntervalMinutes = 24 * 60;

    public const int DefaultRequestsReserve = 50;

    /// <summary>The largest reserve accepted: more credits than any plan of the API sells per month.</summary>
    public const int MaxRequestsReserve = 10_000_000;

    public const int MaxSportKeys = 50;
    public const int SportKeyMaxLength = 64;

    /// <summary>What sport keys look like: <c>soccer_epl</c>, <c>basketball_nba</c>.</summary>
    public const string SportKeyPattern = "^[a-z0-9_]+$";

    /// <summary>The regions the API prices (betting.md §8).</summary>
    public static IReadOnlyList<string> Regions { get; } = ["uk", "eu", "us", "au"];

    public static IReadOnlyList<string> DefaultRegions { get; } = ["eu"];

    /// <summary>Sorted, each once, each one of <see cref="Regions"/>.</summary>
    /// <exception cref="DomainException"><c>betting_settings.region_unknown</c>, <c>betting_settings.regions_required</c>.</exception>
    internal static List<string> CheckedRegions(IEnumerable<string> regions)
    {
        var kept = regions.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (kept.Count == 0)
            throw new DomainException("betting_settings.regions_required", "Collect at least one region.");
        if (kept.FirstOrDefault(r => !Regions.Contains(r)) is { } unknown)
            throw new DomainException("betting_settings.region_unknown", $"'{unknown}' is not one of {string.Join(", ", Regions)}.");
        return kept;
    }

    /// <summary>Each once, in the order given.</summary>
    /// <exception cref="DomainException"><c>betting_settings.sport_key_invalid</c>, <c>betting_settings.too_many_sport_keys</c>.</exception>
    internal static List<string> CheckedSportKeys(IEnumerable<string> sportKeys)
    {
        var kept = sportKeys.Distinct(StringComparer.Ordinal).ToList();
        if (kept.Count > MaxSportKeys)
            throw new DomainException("betting_settings.too_many_sport_keys", $"Collect at most {MaxSportKeys} sports.");
        if (kept.FirstOrDefault(k => k.Length is 0 or > SportKeyMaxLength
                || !System.Text.RegularExpressions.Regex.IsMatch(k, SportKeyPattern)) is { } bad)
            throw new DomainException("betting_settings.sport_key_invalid", $"'{bad}' is not a sport key such as soccer_epl.");
        return kept;
    }
}
