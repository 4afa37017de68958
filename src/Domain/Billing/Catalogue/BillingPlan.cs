namespace CleanPlatform.Domain.Billing.Catalogue;

/// <summary>
/// A plan the platform sells (Free, Pro, Enterprise): its code (the one the organization's limits are keyed by),
/// the name and description the pricing page shows, the trial a new subscription gets, and its place in the list.
/// Its prices are <see cref="PlanPrice"/> revisions of their own, never edited in place.
/// </summary>
public sealed class BillingPlan : Entity, IAggregateRoot
{
    public const int CodeMaxLength = 32;
    public const int NameMaxLength = 64;
    public const int DescriptionMaxLength = 280;

    /// <summary>Longest trial a plan may offer.</summary>
    public const int MaxTrialDays = 90;

    private BillingPlan() { }

    /// <summary>Stable code, unique: <c>Free</c>, <c>Pro</c>, <c>Enterprise</c>.</summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Description { get; private set; } = "";

    /// <summary>Days a new subscription is <c>trialing</c> before its first charge (0: none).</summary>
    public int TrialDays { get; private set; }

    /// <summary>Where the plan is listed: lower first.</summary>
    public int Position { get; private set; }

    /// <exception cref="DomainException">
    /// <c>plan.code_required</c>, <c>plan.code_too_long</c>, <c>plan.name_required</c>, <c>plan.name_too_long</c>,
    /// <c>plan.description_too_long</c> or <c>plan.trial_days_out_of_range</c>.
    /// </exception>
    public static BillingPlan Define(string code, string name, string description, int trialDays, int position,
        DateTimeOffset now)
    {
        var plan = new BillingPlan
        {
            Id = Guid.CreateVersion7(now),
            Code = Text(code, CodeMaxLength, "code", required: true),
            Name = Text(name, NameMaxLength, "name", required: true),
            Description = Text(description, DescriptionMaxLength, "description", required: false),
            TrialDays = trialDays is >= 0 and <= MaxTrialDays
                ? trialDays
                : throw new DomainException("plan.trial_days_out_of_range",
                    $"A trial lasts from 0 to {MaxTrialDays} days, not {trialDays}."),
            Position = position,
            CreatedAt = now,
        };
        return plan;
    }

    private static string Text(string? value, int maxLength, string part, bool required)
    {
        var trimmed = value?.Trim() ?? "";
        if (required && trimmed.Length == 0)
            throw new DomainException($"plan.{part}_required", $"A plan needs a {part}.");
        if (trimmed.Length > maxLength)
            throw new DomainException($"plan.{part}_too_long", $"A plan's {part} has at most {maxLength} characters.");
        return trimmed;
    }
}
