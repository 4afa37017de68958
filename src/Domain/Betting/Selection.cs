namespace CleanPlatform.Domain.Betting;

/// <summary>The outcome of a market a price is for.</summary>
public enum Selection
{
    Home,
    Draw,
    Away,
    Over,
    Under,
}
