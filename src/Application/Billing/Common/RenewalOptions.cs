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

    public bool IsValid => FinalizeAfter >= TimeSpan.Zero && MaxPeriodsPerRun > 0;
}
