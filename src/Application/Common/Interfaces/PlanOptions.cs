namespace CleanPlatform.Application.Common.Interfaces;

/// <summary>Sizes of each plan, from configuration section <c>Plans</c> (e.g. <c>Plans:Free:MonthlyQuota</c>).</summary>
public sealed class PlanOptions
{
    public int RequestsPerMinute { get; set; }

    public long MonthlyQuota { get; set; }
}
