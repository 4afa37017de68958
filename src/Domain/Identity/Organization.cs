namespace CleanPlatform.Domain.Identity;

/// <summary>A tenant: an advisory firm, a betting syndicate, a trading desk. Every record belongs to one.</summary>
public sealed class Organization : Entity, IAggregateRoot
{
    /// <summary>Longest organization name accepted.</summary>
    public const int NameMaxLength = 120;

    private Organization() { }

    /// <summary>Display name.</summary>
    public string Name { get; private set; } = "";

    /// <summary>Code of the plan that sizes the organization's rate limit and quota.</summary>
    public string PlanCode { get; private set; } = "";

    /// <summary>Opens a new organization on a plan.</summary>
    public static Organization Open(string name, string planCode, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(planCode);
        return new Organization { Id = Guid.CreateVersion7(now), Name = name.Trim(), PlanCode = planCode };
    }

    /// <summary>Moves the organization to another plan.</summary>
    public void ChangePlan(string planCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(planCode);
        PlanCode = planCode;
    }
}
