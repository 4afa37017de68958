namespace CleanPlatform.Domain.Betting.Agents;

/// <summary>
/// What an agent found on a board: a price it rates as value, with everything it used to say so: the raw prices and
/// their capture times, the devig method and its parameter, the reference market's margin, the fair probability,
/// the EV (and its spread across the devig methods that apply) and the reasons in words.
/// </summary>
public sealed record AgentSignal(
    Selection Selection,
    string Bookmaker,
    Odds Odds,
    double FairProbability,
    DevigMethod Method,
    double? MethodParameter,
    double Margin,
    decimal ExpectedValue,
    decimal LowestExpectedValue,
    decimal HighestExpectedValue,
    string Reference,
    IReadOnlyList<QuotedPrice> Prices,
    string Reasons)
{
    /// <summary>The selection found.</summary>
    public Selection Selection { get; } = Selection;

    /// <summary>The book offering the price.</summary>
    public string Bookmaker { get; } = Bookmaker;

    /// <summary>The price.</summary>
    public Odds Odds { get; } = Odds;

    /// <summary>The fair probability the agent gives the selection.</summary>
    public double FairProbability { get; } = FairProbability;

    /// <summary>The devig method.</summary>
    public DevigMethod Method { get; } = Method;

    /// <summary>The method's parameter, or the pattern matcher's shrunk edge.</summary>
    public double? MethodParameter { get; } = MethodParameter;

    /// <summary>The reference market's margin.</summary>
    public double Margin { get; } = Margin;

    /// <summary>The EV the decision stands on.</summary>
    public decimal ExpectedValue { get; } = ExpectedValue;

    /// <summary>The lowest EV across the devig methods that apply.</summary>
    public decimal LowestExpectedValue { get; } = LowestExpectedValue;

    /// <summary>The highest EV across the devig methods that apply.</summary>
    public decimal HighestExpectedValue { get; } = HighestExpectedValue;

    /// <summary>Where the fair probability came from.</summary>
    public string Reference { get; } = Reference;

    /// <summary>The raw prices read.</summary>
    public IReadOnlyList<QuotedPrice> Prices { get; } = Prices;

    /// <summary>Why, in words.</summary>
    public string Reasons { get; } = Reasons;

    /// <summary><c>p − 1/o</c>: the edge, same sign as the EV.</summary>
    public decimal Edge => Betting.ExpectedValue.Edge(Odds, FairProbability);

    /// <summary>The price the fair probability stands for: <c>1/p</c>.</summary>
    public double FairOdds => 1.0 / FairProbability;
}
