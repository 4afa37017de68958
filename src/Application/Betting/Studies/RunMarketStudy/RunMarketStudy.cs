using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Betting.Studies.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Studies.RunMarketStudy;

/// <summary>
/// Studies the markets of the organization's completed matches that pass the filter (betting.md §10): every figure
/// for every bookmaker and snapshot stored. Any member may run it.
/// </summary>
[Authorize]
public sealed record RunMarketStudy(
    IReadOnlyList<string>? Competitions = null,
    IReadOnlyList<string>? Seasons = null,
    DateOnly? DateFrom = null,
    DateOnly? DateTo = null) : IQuery<MarketStudyDto>, IStudyFilter;

public sealed class RunMarketStudyHandler(IBettingDb db) : IQueryHandler<RunMarketStudy, MarketStudyDto>
{
    public async ValueTask<MarketStudyDto> Handle(RunMarketStudy query, CancellationToken cancellationToken)
    {
        var matches = await StudyMatches.LoadAsync(db, query, null, cancellationToken);
        var results = matches.Select(m => MatchGrading.OutcomeOf(m.Score)).ToList();
        return new MarketStudyDto(matches.Count, results.Count(r => r == MatchOutcome.Home),
            results.Count(r => r == MatchOutcome.Draw), results.Count(r => r == MatchOutcome.Away),
            Rows(MarginStudy.Of(matches)), Rows(FlatStakeStudy.Of(matches)), Rows(FavouriteStudy.Of(matches)),
            Rows(ForecastStudy.Of(matches)), Rows(ClosingLineValueStudy.Of(matches)), Rows(HandicapStudy.Of(matches)));
    }

    private static IReadOnlyList<T> Rows<T>(IReadOnlyList<T> rows) =>
        rows.Count <= MarketStudyDto.MaxRows ? rows : [.. rows.Take(MarketStudyDto.MaxRows)];
}
