namespace CleanPlatform.Application.Billing.Common;

/// <summary>The renewal run's settings, from configuration section <c>Billing:Renewals</c>.</summary>
public sealed class RenewalOptions
{
    public const string Section = "Billing:Renewals";

    /// <summary>
    /// How long a period's invoice stays a draft before it is finalized (numbered, taxed, due): the window in which
    /// an operator can still add to it or delete it.
    /// </summary>
    public TimeSpan FinalizeAfter { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How many missed periods one run catches up per subscription (after the job was stopped for long).</summary>
    public int MaxPeriodsPerRun { get; set; } = 24;

    /// <summary>
    /// How many organizations one transaction renews. A batch is all or nothing: when one of its organizations fails,
    /// the job renews each of them on its own, so the others go on.
    /// </summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>The largest <see cref="BatchSize"/>.</summary>
    public const int MaxBatchSize = 1000;

    public bool IsValid => FinalizeAfter >= TimeSpan.Zero && MaxPeriodsPerRun > 0 && BatchSize is > 0 and <= MaxBatchSize;
}
