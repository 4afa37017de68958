using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Common;

namespace CleanPlatform.Application.Betting.Studies.Common;

/// <summary>The prices of one bookmaker's market at one line and snapshot: the latest captured for each selection.</summary>
public sealed class StudyQuote
{
    private readonly Odds?[] _prices = new Odds?[Enum.GetValues<Selection>().Length];
    private readonly DateTimeOffset[] _capturedAt = new DateTimeOffset[Enum.GetValues<Selection>().Length];

    /// <summary>Keeps <paramref name="price"/> unless a later one of the same selection is already there.</summary>
    public void Add(Selection selection, Odds price, DateTimeOffset capturedAt)
    {
        var i = (int)selection;
        if (_prices[i] is not null && _capturedAt[i] > capturedAt)
            return;
        _prices[i] = price;
        _capturedAt[i] = capturedAt;
    }

    /// <summary>The price of <paramref name="selection"/>, if the bookmaker gave one.</summary>
    public Odds? PriceOf(Selection selection) => _prices[(int)selection];

    /// <summary>When the price of <paramref name="selection"/> was captured (meaningful once it has one).</summary>
    public DateTimeOffset CapturedAtOf(Selection selection) => _capturedAt[(int)selection];

    /// <summary>When the oldest of <paramref name="market"/>'s latest prices was captured: how fresh the market is as a whole.</summary>
    public DateTimeOffset CapturedAt(MarketKind market) => StudyMarkets.OutcomesOf(market).Min(s => _capturedAt[(int)s]);

    /// <summary>The market in <paramref name="market"/>'s outcome order, or null when an outcome has no price.</summary>
    public MarketPrices? PricesFor(MarketKind market)
    {
        var outcomes = StudyMarkets.OutcomesOf(market);
        var prices = new Odds?[outcomes.Count];
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (PriceOf(outcomes[i]) is not { } price)
                return null;
            prices[i] = price;
        }

        return MarketPrices.Of(prices);
    }
}
