namespace CleanPlatform.Domain.Betting.Agents;

/// <summary>One raw price an agent read: who offered it, for which selection, and when it was captured.</summary>
public sealed record QuotedPrice(string Bookmaker, Selection Selection, decimal Price, DateTimeOffset CapturedAt)
{
    /// <summary>The book's key.</summary>
    public string Bookmaker { get; } = Bookmaker;

    public Selection Selection { get; } = Selection;

    /// <summary>The decimal price.</summary>
    public decimal Price { get; } = Price;

    /// <summary>When it was captured (UTC).</summary>
    public DateTimeOffset CapturedAt { get; } = CapturedAt;
}
