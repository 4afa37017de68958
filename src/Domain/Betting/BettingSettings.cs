namespace CleanPlatform.Domain.Betting;

/// <summary>
/// One organization's betting settings: its starting bankroll and staking rules (betting.md §3), how its Odds API
/// collection runs, which agents run and when it is alerted. An organization without a row has
/// <see cref="Defaults"/>. The Odds API key is kept only encrypted (<see cref="ProtectedOddsApiKey"/>), with its
/// last characters as a hint: the domain never sees the key itself.
/// </summary>
public sealed class BettingSettings : Entity, IAggregateRoot, ITenantOwned
{
    public const decimal DefaultKellyMultiplier = 0.25m;
    public const decimal DefaultMinimumEdge = 0.02m;
    public const decimal DefaultBetCap = 0.05m;
    public const decimal DefaultOpenCap = 0.25m;
    public const decimal DefaultBankrollAmount = 1000m;
    public const string DefaultCurrency = "EUR";

    /// <summary>How many of the key's last characters the hint shows.</summary>
    public const int HintLength = 4;

    /// <summary>The longest encrypted key stored: a key of up to 128 characters, protected and base64-encoded, fits.</summary>
    public const int ProtectedKeyMaxLength = 2048;

    private List<string> _regions = [.. OddsCollectionRules.DefaultRegions];
    private List<string> _sportKeys = [];

    private BettingSettings() { }

    /// <inheritdoc />
    public Guid OrganizationId { get; private set; }

    /// <summary>The bankroll before any bet; settled profits add to it. Its currency is the organization's betting currency.</summary>
    public Money InitialBankroll { get; private set; } = new(DefaultBankrollAmount, DefaultCurrency);

    /// <summary><c>λ</c>, the share of full Kelly staked: 0 &lt; λ ≤ 1.</summary>
    public decimal KellyMultiplier { get; private set; } = DefaultKellyMultiplier;

    /// <summary><c>θ</c>, the least EV an opportunity needs: 0 ≤ θ ≤ 1.</summary>
    public decimal MinimumEdge { get; private set; } = DefaultMinimumEdge;

    /// <summary><c>f_max</c>, the most one bet may take of the bankroll.</summary>
    public decimal BetCap { get; private set; } = DefaultBetCap;

    /// <summary><c>F_max</c>, the most all open bets together may take; never below <see cref="BetCap"/>.</summary>
    public decimal OpenCap { get; private set; } = DefaultOpenCap;

    /// <summary>Minutes between two Odds API collections (<see cref="OddsCollectionRules"/>).</summary>
    public int CollectionIntervalMinutes { get; private set; } = OddsCollectionRules.DefaultIntervalMinutes;

    /// <summary>Credits kept in reserve: collection stops when the API's remaining credits fall to this or below.</summary>
    public int RequestsReserve { get; private set; } = OddsCollectionRules.DefaultRequestsReserve;

    /// <summary>Odds API regions to collect, sorted.</summary>
    public IReadOnlyList<string> Regions => _regions;

    /// <summary>Odds API sport keys to collect (<c>soccer_epl</c>); none until chosen.</summary>
    public IReadOnlyList<string> SportKeys => _sportKeys;

    public bool AnomalyAgent { get; private set; } = true;

    public bool SpreadAgent { get; private set; } = true;

    public bool PatternAgent { get; private set; } = true;

    public bool BacktestAgent { get; private set; } = true;

    /// <summary>Which agents run.</summary>
    public AgentSwitches Agents => new(AnomalyAgent, SpreadAgent, PatternAgent, BacktestAgent);

    public decimal AlertOpportunityEdge { get; private set; } = AlertThresholds.Default.OpportunityEdge;

    public decimal AlertLineMovePercent { get; private set; } = AlertThresholds.Default.LineMovePercent;

    public int AlertKickOffReminderMinutes { get; private set; } = AlertThresholds.Default.KickOffReminderMinutes;

    /// <summary>When the organization is alerted.</summary>
    public AlertThresholds Alerts => new(AlertOpportunityEdge, AlertLineMovePercent, AlertKickOffReminderMinutes);

    /// <summary>The Odds API key as the secret protector wrote it; null when none is set.</summary>
    public string? ProtectedOddsApiKey { get; private set; }

    /// <summary>The key's last <see cref="HintLength"/> characters, for recognizing it; null when none is set.</summary>
    public string? OddsApiKeyHint { get; private set; }

    /// <summary>The staking rules as the Kelly plan reads them.</summary>
    public KellyStaking Staking => new(Percentage.FromFraction(KellyMultiplier), Percentage.FromFraction(BetCap),
        Percentage.FromFraction(OpenCap));

    /// <summary>The settings an organization has before anyone saves any, not yet stored.</summary>
    public static BettingSettings Defaults(Guid organizationId) => new() { OrganizationId = organizationId };

    /// <summary>Settings to store for <paramref name="organizationId"/>, starting from the defaults.</summary>
    public static BettingSettings Create(Guid organizationId, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), OrganizationId = organizationId, CreatedAt = now };

    /// <summary>Sets the bankroll and the staking rules.</summary>
    /// <exception cref="DomainException">
    /// <c>betting_settings.bankroll_not_positive</c>, <c>betting_settings.fraction_out_of_range</c>,
    /// <c>betting_settings.bet_cap_above_open_cap</c>.
    /// </exception>
    public void SetStaking(Money initialBankroll, decimal kellyMultiplier, decimal minimumEdge, decimal betCap, decimal openCap)
    {
        ArgumentNullException.ThrowIfNull(initialBankroll);
        if (initialBankroll.Amount <= 0m)
            throw new DomainException("betting_settings.bankroll_not_positive", "The initial bankroll must be above 0.");
        if (kellyMultiplier is <= 0m or > 1m || minimumEdge is < 0m or > 1m || betCap is <= 0m or > 1m || openCap is <= 0m or > 1m)
            throw new DomainException("betting_settings.fraction_out_of_range",
                "λ, f_max and F_max are above 0 and at most 1; θ is from 0 to 1.");
        if (betCap > openCap)
            throw new DomainException("betting_settings.bet_cap_above_open_cap", "f_max cannot exceed F_max.");
        (InitialBankroll, KellyMultiplier, MinimumEdge, BetCap, OpenCap) = (initialBankroll, kellyMultiplier, minimumEdge, betCap, openCap);
    }

    /// <summary>Sets what the Odds API collection fetches and how often.</summary>
    /// <exception cref="DomainException">
    /// <c>betting_settings.interval_out_of_range</c>, <c>betting_settings.reserve_out_of_range</c> and the
    /// <see cref="OddsCollectionRules"/> codes.
    /// </exception>
    public void SetCollection(int intervalMinutes, int requestsReserve, IEnumerable<string> regions, IEnumerable<string> sportKeys)
    {
        if (intervalMinutes is < OddsCollectionRules.MinIntervalMinutes or > OddsCollectionRules.MaxIntervalMinutes)
            throw new DomainException("betting_settings.interval_out_of_range",
                $"Collect every {OddsCollectionRules.MinIntervalMinutes} to {OddsCollectionRules.MaxIntervalMinutes} minutes.");
        if (requestsReserve is < 0 or > OddsCollectionRules.MaxRequestsReserve)
            throw new DomainException("betting_settings.reserve_out_of_range",
                $"Keep 0 to {OddsCollectionRules.MaxRequestsReserve} credits in reserve.");
        var checkedRegions = OddsCollectionRules.CheckedRegions(regions);
        _sportKeys = OddsCollectionRules.CheckedSportKeys(sportKeys);
        (_regions, CollectionIntervalMinutes, RequestsReserve) = (checkedRegions, intervalMinutes, requestsReserve);
    }

    public void SetAgents(AgentSwitches agents)
    {
        ArgumentNullException.ThrowIfNull(agents);
        (AnomalyAgent, SpreadAgent, PatternAgent, BacktestAgent) = (agents.Anomaly, agents.Spread, agents.Pattern, agents.Backtest);
    }

    /// <exception cref="DomainException"><c>betting_settings.alert_out_of_range</c>.</exception>
    public void SetAlerts(AlertThresholds alerts)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        var kept = alerts.Checked();
        (AlertOpportunityEdge, AlertLineMovePercent, AlertKickOffReminderMinutes) =
            (kept.OpportunityEdge, kept.LineMovePercent, kept.KickOffReminderMinutes);
    }

    /// <summary>Keeps a new Odds API key, already encrypted, and the hint of the plain one.</summary>
    public void SetOddsApiKey(string protectedKey, string plainKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(protectedKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(plainKey);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(protectedKey.Length, ProtectedKeyMaxLength);
        // A short key would be shown whole by its hint: such a key shows none of itself.
        (ProtectedOddsApiKey, OddsApiKeyHint) = (protectedKey, plainKey.Length > 2 * HintLength ? plainKey[^HintLength..] : "");
    }

    public void RemoveOddsApiKey() => (ProtectedOddsApiKey, OddsApiKeyHint) = (null, null);
}
