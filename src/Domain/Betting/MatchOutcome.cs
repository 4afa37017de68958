namespace CleanPlatform.Domain.Betting;

/// <summary>The outcomes of a 1X2 (h2h) market, in market order.</summary>
public enum MatchOutcome
{
    /// <summary>Home win (1, football-data <c>H</c>).</summary>
    Home,

    /// <summary>Draw (X, <c>D</c>).</summary>
    Draw,

    /// <summary>Away win (2, <c>A</c>).</summary>
    Away,
}
