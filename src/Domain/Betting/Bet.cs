using CleanPlatform.Domain.Betting.Events;

namespace CleanPlatform.Domain.Betting;

/// <summary>
/// A bet a member of an organization placed at a bookmaker: what it backs (<see cref="BetPick"/>), at what price and
/// stake, where it came from, how it settled and how its price compares with the close. Pending until settled or
/// voided; only a pending bet may be edited. Recorded bets pay as bookmakers do: the payout is cut down to the cent
/// (to the currency's minor units when it has fewer), and profit = payout − stake (betting.md §4, §13).
/// </summary>
public sealed class Bet : PricedSelection, IAggregateRoot
{
    /// <summary>How long before kick-off a live closing price may be captured and still count as fresh (betting.md §5).</summary>
    public static readonly TimeSpan ClosingStaleAfter = TimeSpan.FromMinutes(60);

    private List<string> _tags = [];

    private Bet() { }

    /// <summary>Who placed the bet.</summary>
    public Guid UserId { get; private set; }

    public Money Stake { get; private set; } = null!;

    /// <summary>When the bet was struck (UTC); never after it was recorded.</summary>
    public DateTimeOffset PlacedAt { get; private set; }

    public Guid? OpportunityId { get; private set; }

    public string? AgentKey { get; private set; }

    public decimal? EdgeAtPlacement { get; private set; }

    public decimal? KellyFractionAtPlacement { get; private set; }

    public BetStatus Status { get; private set; }

    public int? SettledHomeGoals { get; private set; }

    public int? SettledAwayGoals { get; private set; }

    /// <summary>What the bookmaker paid back, the stake included, in the stake's currency; null while pending.</summary>
    public decimal? Payout { get; private set; }

    /// <summary>Payout − stake; null while pending.</summary>
    public decimal? Profit { get; private set; }

    public DateTimeOffset? SettledAt { get; private set; }

    /// <summary>The dead heat's <c>m/k</c>, when the bet won one.</summary>
    public decimal? DeadHeatFraction { get; private set; }

    /// <summary>The closing odds of the same selection at <see cref="ClosingLine"/>, once known.</summary>
    public decimal? ClosingOdds { get; private set; }

    /// <summary>
    /// The selection's own line the close was taken at: the bet's <see cref="PricedSelection.Line"/>, or, when the line moved and the bet
    /// was re-priced (<see cref="ClvLineRepriced"/>), the close's. Null before the close (and on bets closed before it was
    /// recorded).
    /// </summary>
    public decimal? ClosingLine { get; private set; }

    /// <summary>The devigged closing probability of the selection at <see cref="ClosingLine"/>, when the closing market was complete.</summary>
    public double? ClosingFairProbability { get; private set; }

    /// <summary><c>o_t/o_c − 1</c> (betting.md §5); null when the close is at another line.</summary>
    public double? ClvRaw { get; private set; }

    /// <summary><c>o_t·p_c − 1</c>; null when the close is at another line.</summary>
    public double? ClvFair { get; private set; }

    /// <summary><c>1/o_c − 1/o_t</c>; null when the close is at another line.</summary>
    public double? ClvProbability { get; private set; }

    /// <summary>
    /// Whether the close was taken at another line and the bet's line re-priced from a goal model fitted to the event's
    /// closing markets (<see cref="Goals.LineRepricing"/>).
    /// </summary>
    public bool ClvLineRepriced { get; private set; }

    /// <summary>The goal model's fair probability of the selection at the bet's own line, when re-priced.</summary>
    public double? RepricedFairProbability { get; private set; }

    /// <summary><c>o_t·p_r − 1</c>: the fair CLV at <see cref="RepricedFairProbability"/>, when re-priced.</summary>
    public double? ClvRepricedFair { get; private set; }

    /// <summary>
    /// Whether the close was a live price captured more than <see cref="ClosingStaleAfter"/> before kick-off: the CLV is
    /// kept but flagged, so analytics can leave it out.
    /// </summary>
    public bool ClosingStale { get; private set; }

    public string? Notes { get; private set; }

    /// <summary>Short labels (at most <see cref="BetText.MaxTags"/>), each once.</summary>
    public IReadOnlyList<string> Tags => _tags;

    /// <summary>Records a bet placed at <paramref name="placedAt"/> on <paramref name="sportEvent"/>.</summary>
    /// <exception cref="DomainException">
    /// <c>bet.stake_not_positive</c>, <c>bet.placed_in_future</c>, <c>bet.selection_not_in_market</c>,
    /// <c>bet.line_invalid</c>, <c>bet.edge_out_of_range</c>, <c>bet.kelly_fraction_out_of_range</c>, and the
    /// <see cref="BetText"/> codes.
    /// </exception>
    public static Bet Place(SportEvent sportEvent, Competition competition, Bookmaker bookmaker, Guid userId, BetPick pick,
        Odds odds, Money stake, DateTimeOffset placedAt, BetOrigin origin, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sportEvent);
        ArgumentNullException.ThrowIfNull(competition);
        ArgumentNullException.ThrowIfNull(origin);
        if (competition.Id != sportEvent.CompetitionId)
            throw new ArgumentException("The competition is not the event's.", nameof(competition));
        BetLines.Check(pick.Market, pick.Selection, pick.Line);
        var bet = new Bet
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = sportEvent.OrganizationId,
            UserId = userId,
            EventId = sportEvent.Id,
            SportId = competition.SportId,
            CompetitionId = competition.Id,
            Market = pick.Market,
            Selection = pick.Selection,
            OpportunityId = origin.OpportunityId,
            AgentKey = BetText.AgentKey(origin.AgentKey),
            EdgeAtPlacement = InRange(origin.Edge, -1m, 1m, "bet.edge_out_of_range", "An edge lies between −1 and 1."),
            KellyFractionAtPlacement = InRange(origin.KellyFraction, 0m, 1m, "bet.kelly_fraction_out_of_range",
                "A Kelly fraction lies between 0 and 1."),
            Status = BetStatus.Pending,
            CreatedAt = now,
        };
        bet.Price(bookmaker, pick.Line, odds, stake, placedAt, now);
        return bet;
    }

    /// <summary>Corrects what was recorded of a pending bet: its price, stake, line, bookmaker, time, notes and tags.</summary>
    /// <exception cref="DomainException"><c>bet.not_pending</c>, and the checks of <see cref="Place"/>.</exception>
    public void Edit(Bookmaker bookmaker, decimal line, Odds odds, Money stake, DateTimeOffset placedAt, string? notes,
        IEnumerable<string>? tags, DateTimeOffset now)
    {
        EnsurePending();
        BetLines.Check(Market, Selection, line);
        Price(bookmaker, line, odds, stake, placedAt, now);
        Annotate(notes, tags);
    }

    /// <summary>Replaces the notes and tags.</summary>
    /// <exception cref="DomainException">The <see cref="BetText"/> codes.</exception>
    public void Annotate(string? notes, IEnumerable<string>? tags)
    {
        Notes = BetText.Notes(notes);
        _tags = BetText.Tags(tags);
    }

    /// <summary>Voids a pending bet: the stake is returned, nothing won or lost.</summary>
    /// <exception cref="DomainException"><c>bet.not_pending</c>.</exception>
    public void Void(DateTimeOffset now) => Settle(Grade.Void, null, now);

    /// <summary>Settles a pending bet on the full-time <paramref name="score"/>, graded by its market.</summary>
    /// <exception cref="DomainException"><c>bet.not_pending</c>.</exception>
    public void Settle(Score score, DateTimeOffset now, TieRule tie = TieRule.Push) =>
        Settle(BetGrading.Grade(Market, Selection, Line, score, tie), score, now);

    /// <summary>Settles a pending bet with a grade decided elsewhere (a dead heat, a bookmaker's void).</summary>
    /// <exception cref="DomainException"><c>bet.not_pending</c>.</exception>
    public void Settle(Grade grade, Score? score, DateTimeOffset now)
    {
        EnsurePending();
        var settlement = RecordedSettlement.Of(grade, Stake, Odds);
        Status = settlement.Status;
        Payout = settlement.Payout;
        Profit = settlement.Profit;
        DeadHeatFraction = settlement.DeadHeatFraction;
        (SettledHomeGoals, SettledAwayGoals) = (score?.Home, score?.Away);
        SettledAt = now;
        Raise(Settled(Id, OrganizationId, UserId, Stake.Currency, settlement, now));
    }

    /// <summary>The event of a bet settled as <paramref name="settlement"/> says, by itself or by a settlement run.</summary>
    public static BetSettled Settled(Guid betId, Guid organizationId, Guid userId, string currency,
        RecordedSettlement settlement, DateTimeOffset settledAt)
    {
        ArgumentNullException.ThrowIfNull(settlement);
        return new BetSettled(betId, organizationId, userId, settlement.Status, settlement.Payout, settlement.Profit,
            currency, settledAt);
    }

    /// <summary>
    /// Records the closing price of the selection at the bet's line and the CLV it gives (betting.md §5);
    /// <paramref name="fairProbability"/> is the devigged closing probability, null when the closing market was incomplete
    /// (then no fair CLV).
    /// </summary>
    /// <exception cref="DomainException"><c>bet.closing_probability_out_of_range</c> unless 0 &lt; p &lt; 1.</exception>
    public void RecordClose(Odds closingOdds, double? fairProbability, bool stale) =>
        RecordClose(RecordedClose.Of(Odds, closingOdds, fairProbability, stale));

    /// <summary>Records <paramref name="close"/>, at the bet's line or re-priced from another (<see cref="RecordedClose"/>).</summary>
    public void RecordClose(RecordedClose close)
    {
        ArgumentNullException.ThrowIfNull(close);
        ClosingOdds = close.ClosingOdds;
        ClosingLine = close.ClosingLine ?? Line;
        ClosingFairProbability = close.FairProbability;
        ClvRaw = close.Raw;
        ClvFair = close.Fair;
        ClvProbability = close.Probability;
        ClvLineRepriced = close.LineRepriced;
        RepricedFairProbability = close.RepricedFairProbability;
        ClvRepricedFair = close.RepricedFair;
        ClosingStale = close.Stale;
    }

    private void Price(Bookmaker bookmaker, decimal line, Odds odds, Money stake, DateTimeOffset placedAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(bookmaker);
        ArgumentNullException.ThrowIfNull(stake);
        if (bookmaker.OrganizationId != OrganizationId)
            throw new ArgumentException("The bookmaker belongs to another organization.", nameof(bookmaker));
        if (stake.Amount <= 0m)
            throw new DomainException("bet.stake_not_positive", "A stake is more than 0.");
        if (placedAt > now)
            throw new DomainException("bet.placed_in_future", "A bet cannot be placed later than now.");
        BookmakerId = bookmaker.Id;
        Line = line;
        Odds = odds;
        Stake = stake;
        PlacedAt = placedAt.ToUniversalTime();
    }

    private void EnsurePending()
    {
        if (Status != BetStatus.Pending)
            throw new DomainException("bet.not_pending", $"Bet {Id} is {Status}: only a pending bet can change.");
    }

    private static decimal? InRange(decimal? value, decimal min, decimal max, string code, string message) =>
        value is null || (value >= min && value <= max) ? value : throw new DomainException(code, message);
}
