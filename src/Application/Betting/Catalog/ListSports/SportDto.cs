namespace CleanPlatform.Application.Betting.Catalog.ListSports;

/// <summary>The organization's sports, by name.</summary>
/// <param name="Items">The sports, each with its competitions.</param>
public sealed record SportListDto(IReadOnlyList<SportDto> Items);

/// <summary>A sport of the organization with its competitions.</summary>
/// <param name="Id">The sport's id, for <c>sportId</c> filters.</param>
/// <param name="Key">Its key (<c>soccer</c>, or The Odds API's group).</param>
/// <param name="Name">Its name.</param>
/// <param name="Competitions">Its competitions, by name.</param>
public sealed record SportDto(Guid Id, string Key, string Name, IReadOnlyList<CompetitionDto> Competitions);

/// <summary>A competition (league, cup) of a sport.</summary>
/// <param name="Id">The competition's id, for <c>competitionId</c> filters.</param>
/// <param name="Key">Its key (football-data's <c>Div</c> such as <c>E0</c>, or The Odds API's sport key).</param>
/// <param name="Name">Its name.</param>
/// <param name="Events">How many events of it the organization holds.</param>
public sealed record CompetitionDto(Guid Id, string Key, string Name, int Events);
