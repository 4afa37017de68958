namespace CleanPlatform.Application.Betting.OddsFeed;

/// <summary>A sport (in the provider's sense: one league or competition) from the sports list.</summary>
/// <param name="Key">The key later calls use, e.g. <c>soccer_epl</c>.</param>
/// <param name="Group">The sport proper, e.g. <c>Soccer</c>.</param>
/// <param name="Title">The competition, e.g. <c>EPL</c>.</param>
/// <param name="Description">The provider's description.</param>
/// <param name="Active">In season: events and prices are available.</param>
/// <param name="HasOutrights">The competition has outright (winner) markets.</param>
public sealed record OddsFeedSport(string Key, string Group, string Title, string Description, bool Active,
    bool HasOutrights);
