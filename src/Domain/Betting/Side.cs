namespace CleanPlatform.Domain.Betting;

/// <summary>One of the two teams of an event.</summary>
public enum Side
{
    /// <summary>The home team.</summary>
    Home,

    /// <summary>The away team.</summary>
    Away,
}
