namespace CleanPlatform.Domain.Identity;

/// <summary>A subscription plan: how many requests a minute and a month its organizations may make.</summary>
public sealed class Plan : IAggregateRoot
{
    /// <summary>The free plan new organizations start on.</summary>
    public const string Free = "Free";

    /// <summary>The professional plan.</summary>
    public const string Pro = "Pro";

    /// <summary>The enterprise plan.</summary>
    public const string Enterprise = "Enterprise";

    /// <summary>Longest plan code.</summary>
    public const int CodeMaxLength = 32;

    private Plan() { }

    /// <summary>Stable code, also the key.</summary>
    public string Code { get; private set; } = "";

    /// <summary>Requests allowed per caller per minute.</summary>
    public int RequestsPerMinute { get; private set; }

    /// <summary>Requests allowed per organization per calendar month (UTC).</summary>
    public long MonthlyQuota { get; private set; }

    /// <summary>Defines a plan with its sizes.</summary>
    public static Plan Define(string code, int requestsPerMinute, long monthlyQuota)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        var plan = new Plan { Code = code };
        plan.Resize(requestsPerMinute, monthlyQuota);
        return plan;
    }

    /// <summary>Changes the plan's sizes (operators set them in configuration).</summary>
    public void Resize(int requestsPerMinute, long monthlyQuota)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(requestsPerMinute);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(monthlyQuota);
        RequestsPerMinute = requestsPerMinute;
        MonthlyQuota = monthlyQuota;
    }
}
