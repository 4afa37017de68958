using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Identity;

namespace CleanPlatform.Benchmarks;

/// <summary>
/// The organization a benchmark seeds (on the Free plan) with one sport, competition and season, and the events it
/// schedules in them.
/// </summary>
internal sealed class BenchmarkLeague
{
    private BenchmarkLeague(DateTimeOffset start, string season)
    {
        Start = start;
        Plan = Plan.Define(Plan.Free, requestsPerMinute: 60, monthlyQuota: 10_000);
        Organization = Organization.Open("Benchmark", Plan.Code, start);
        Sport = Sport.Add(Organization.Id, "soccer", "Soccer", start);
        Competition = Competition.Add(Organization.Id, Sport.Id, "E0", "Premier League", start);
        Season = Season.Add(Organization.Id, Competition.Id, season, start);
    }

    public DateTimeOffset Start { get; }

    public Plan Plan { get; }

    public Organization Organization { get; }

    public Sport Sport { get; }

    public Competition Competition { get; }

    public Season Season { get; }

    /// <summary>What to add before the league's bookmakers and events: the plan, organization, sport, competition and season.</summary>
    public object[] Entities => [Plan, Organization, Sport, Competition, Season];

    public static BenchmarkLeague Open(DateTimeOffset start, string season) => new(start, season);

    /// <summary>A match kicking off at <paramref name="kickOff"/> (UTC, London time), scheduled at the league's start.</summary>
    public SportEvent Schedule(string homeTeam, string awayTeam, DateTimeOffset kickOff) =>
        SportEvent.Schedule(Organization.Id, Competition.Id, Season.Id, homeTeam, awayTeam, kickOff, kickOff.UtcDateTime,
            "Europe/London", Start);
}
