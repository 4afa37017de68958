namespace CleanPlatform.Infrastructure.IntegrationTests.Persistence.Numbers;

/// <summary>A test-only entity with one of each number type, mapped the way production entities will map them.</summary>
public sealed class Wager
{
    public Wager(string label, Money stake, Odds odds, Percentage commission)
    {
        Label = label;
        Stake = stake;
        Odds = odds;
        Commission = commission;
    }

    private Wager() { }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string Label { get; private set; } = "";

    public Money Stake { get; private set; } = null!;

    public Odds Odds { get; private set; }

    public Percentage Commission { get; private set; }
}
