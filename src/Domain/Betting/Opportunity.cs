using CleanPlatform.Domain.Betting.Agents;
using CleanPlatform.Domain.Betting.Events;

namespace CleanPlatform.Domain.Betting;

/// <summary>
/// A price a detection agent rated as value, with its audit: the raw prices and capture times it read, the devig
/// method and parameter, the reference market's margin, the fair probability and odds, the EV (and its spread across
/// methods), the reasons, and the agent with its version. One per agent, event, market, line and selection: a later
/// run on fresher prices updates it while it is open. It is open until kick-off, when it expires; once the event
/// has closed and finished it records the closing line value of its price and the result it would have had, which
/// make the agent's track record.
/// </summary>
public sealed class Opportunity : PricedSelection, IAggregateRoot
{
    /// <summary>The longest agent key.</summary>
    public const int AgentKeyMaxLength = 32;

    /// <summary>The longest agent version.</summary>
    public const int AgentVersionMaxLength = 16;

    /// <summary>The longest description of where the fair probability came from.</summary>
    public const int ReferenceMaxLength = 200;

    /// <summary>The longest reasons text.</summary>
    public const int ReasonsMaxLength = 2000;

    /// <summary>The most raw prices kept in the audit (every book's market of one board fits many times over).</summary>
    public const int MaxPrices = 200;

    private List<QuotedPrice> _prices = [];
    private List<string> _agreeingAgents = [];

    private Opportunity() { }

    public double FairProbability { get; private set; }

    public decimal ExpectedValue { get; private set; }

    public decimal Edge { get; private set; }

    /// <summary>The lowest EV of the price under the devig methods that apply.</summary>
    public decimal LowestExpectedValue { get; private set; }

    /// <summary>The highest EV of the price under the devig methods that apply.</summary>
    public decimal HighestExpectedValue { get; private set; }

    public DevigMethod Method { get; private set; }

    /// <summary>The method's parameter (k, z or c), or the pattern matcher's shrunk edge.</summary>
    public double? MethodParameter { get; private set; }

    /// <summary>The margin of the market the fair probability came from.</summary>
    public double Margin { get; private set; }

    /// <summary>Where the fair probability came from, in words (a sharp book, a consensus, a history).</summary>
    public string Reference { get; private set; } = "";

    /// <summary>Why the agent raised it, in words.</summary>
    public string Reasons { get; private set; } = "";

    /// <summary>Every raw price the agent read, with its capture time.</summary>
    public IReadOnlyList<QuotedPrice> Prices => _prices;

    public string AgentKey { get; private set; } = "";

    public string AgentVersion { get; private set; } = "";

    /// <summary>0–100: see <see cref="OpportunityScore"/>.</summary>
    public int Score { get; private set; }

    public OpportunityLabel Label { get; private set; }

    /// <summary>Whether two or more agents raised the same selection.</summary>
    public bool Consensus { get; private set; }

    /// <summary>The agreeing agents' weights summed (this one's included): how much the consensus counts.</summary>
    public double ConsensusWeight { get; private set; }

    /// <summary>The agents that raised the same selection, this one included.</summary>
    public IReadOnlyList<string> AgreeingAgents => _agreeingAgents;

    /// <summary>When the agent first raised it.</summary>
    public DateTimeOffset RaisedAt { get; private set; }

    /// <summary>The decision time of the prices it stands on.</summary>
    public DateTimeOffset PricedAt { get; private set; }

    /// <summary>When a later scan no longer found the value (the price moved); null while the agent still finds it.</summary>
    public DateTimeOffset? WithdrawnAt { get; private set; }

    /// <summary>Kick-off: it expires then.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>The reference closing odds of the selection, once known.</summary>
    public decimal? ClosingOdds { get; private set; }

    /// <summary>The devigged closing probability of the selection.</summary>
    public double? ClosingFairProbability { get; private set; }

    /// <summary><c>odds × p_close − 1</c>: how the price compared with the fair close.</summary>
    public double? ClvFair { get; private set; }

    /// <summary><c>odds / closing odds − 1</c>.</summary>
    public double? ClvRaw { get; private set; }

    /// <summary>What a bet on it would have done, once the event finished.</summary>
    public BetResult? Result { get; private set; }

    /// <summary>Whether it can still be bet: before kick-off, and its agent still finds the value.</summary>
    public bool IsOpenAt(DateTimeOffset now) => now < ExpiresAt && WithdrawnAt is null;

    /// <summary>
    /// Records what <paramref name="agent"/> found on <paramref name="board"/>. An
    /// opportunity still open at <paramref name="now"/> announces itself (<see cref="OpportunityRaised"/>); one found
    /// by a replay over history has expired already and stays quiet.
    /// </summary>
    public static Opportunity Detect(Guid organizationId, Guid sportId, Guid competitionId, Guid bookmakerId,
        IDetectionAgent agent, MarketBoard board, AgentSignal signal, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(signal);
        var opportunity = new Opportunity
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            EventId = board.EventId,
            SportId = sportId,
            CompetitionId = competitionId,
            Market = board.Market,
            Selection = signal.Selection,
            Line = BetLines.StoredLine(board.Market, signal.Selection, board.Line),
            AgentKey = agent.Key,
            RaisedAt = now,
            ExpiresAt = board.KickOffUtc,
            CreatedAt = now,
        };
        opportunity.Update(bookmakerId, agent, board, signal);
        if (opportunity.IsOpenAt(now))
            opportunity.Raise(new OpportunityRaised(opportunity.Id, opportunity.OrganizationId, opportunity.EventId,
            opportunity.AgentKey, signal.ExpectedValue, opportunity.ExpiresAt));
        return opportunity;
    }

    /// <summary>Moves it onto fresher prices from the same agent; the first-raised time stays.</summary>
    public void Update(Guid bookmakerId, IDetectionAgent agent, MarketBoard board, AgentSignal signal)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(signal);
        BookmakerId = bookmakerId;
        Odds = signal.Odds;
        FairProbability = signal.FairProbability;
        ExpectedValue = Stored(signal.ExpectedValue);
        Edge = Stored(signal.Edge);
        LowestExpectedValue = Stored(signal.LowestExpectedValue);
        HighestExpectedValue = Stored(signal.HighestExpectedValue);
        Method = signal.Method;
        MethodParameter = signal.MethodParameter;
        Margin = signal.Margin;
        Reference = Cut(signal.Reference, ReferenceMaxLength);
        Reasons = Cut(signal.Reasons, ReasonsMaxLength);
        _prices = [.. signal.Prices.Take(MaxPrices)];
        AgentVersion = agent.Version;
        PricedAt = board.DecisionTime;
        WithdrawnAt = null;
    }

    private static string Cut(string text, int maxLength) => text.Length <= maxLength ? text : text[..(maxLength - 1)] + "…";

    /// <summary>An EV or edge as stored: to 6 decimals (a hundredth of a basis point), so a rerun compares equal.</summary>
    public static decimal Stored(decimal ratio) => Math.Round(ratio, 6, MidpointRounding.ToEven);

    /// <summary>Marks it withdrawn: its agent scanned fresher prices of the market and no longer finds the value.</summary>
    public void Withdraw(DateTimeOffset now) => WithdrawnAt ??= now;

    /// <summary>Sets its score, label and consensus from the agents that agree with it.</summary>
    public void Rate(int score, OpportunityLabel label, IEnumerable<string> agreeingAgents, double consensusWeight)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(score);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(score, 100);
        Score = score;
        Label = label;
        _agreeingAgents = [.. agreeingAgents.Distinct().Order(StringComparer.Ordinal)];
        Consensus = _agreeingAgents.Count >= 2;
        ConsensusWeight = consensusWeight;
    }

    /// <summary>Records the reference close of its selection and the closing line value of its price.</summary>
    public void Close(RecordedClose close)
    {
        ArgumentNullException.ThrowIfNull(close);
        ClosingOdds = close.ClosingOdds;
        ClosingFairProbability = close.FairProbability;
        ClvFair = close.Fair;
        ClvRaw = close.Raw;
    }

    /// <summary>Records what a bet on it would have done on the final score.</summary>
    public void Grade(BetResult result) => Result = result;
}
