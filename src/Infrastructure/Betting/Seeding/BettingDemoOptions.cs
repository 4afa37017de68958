namespace CleanPlatform.Infrastructure.Betting.Seeding;

/// <summary>What the Betting module loads into the demo organization (<c>Seed:Betting</c>).</summary>
public sealed class BettingDemoOptions
{
    public const string Section = "Seed:Betting";

    /// <summary>A folder of football-data.co.uk season files (<c>*.csv</c>), imported in name order; none: no matches.</summary>
    public string? FootballDataDirectory { get; set; }
}
