namespace CleanPlatform.Infrastructure.Betting.FootballData;

/// <summary>
/// A bookmaker's column prefixes: Pinnacle writes 1X2 as <c>PSH</c> but totals and handicaps as <c>P&gt;2.5</c>
/// and <c>PAHH</c>; closing columns insert a <c>C</c> after the prefix.
/// </summary>
internal sealed record FootballDataBookmaker(string Key, string MatchResultPrefix, string OtherMarketsPrefix);
