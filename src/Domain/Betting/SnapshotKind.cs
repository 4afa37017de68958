namespace CleanPlatform.Domain.Betting;

/// <summary>Which moment a price was captured at, as far as its source says.</summary>
public enum SnapshotKind
{
    /// <summary>The first price seen.</summary>
    Opening,

    /// <summary>A price captured between opening and close (a provider poll).</summary>
    Intermediate,

    /// <summary>The source's last price before the close (football-data's plain columns).</summary>
    PreClosing,

    /// <summary>The last price before kick-off: the closing line.</summary>
    Closing,
}
