namespace CleanPlatform.Application.Billing.Common;

/// <summary>
/// How an unpaid invoice is chased, from configuration section <c>Billing:Dunning</c> (billing.md §9, bank transfer):
/// reminders so many days after the due date, then, at <see cref="FinalDay"/>, the final failure: the invoice is
/// uncollectible and the subscription ends. From the due date on, the subscription is past due; access continues.
/// </summary>
public sealed class DunningOptions
{
    public const string Section = "Billing:Dunning";

    /// <summary>Days after the due date on which a reminder is e-mailed, in increasing order; 1 and 7 when not set.</summary>
    /// <remarks>Without a default of its own: the configuration binder would add the configured days to it.</remarks>
    public int[]? ReminderDays { get; set; }

    /// <summary>The reminder days in force.</summary>
    public IReadOnlyList<int> Reminders => ReminderDays is { Length: > 0 } days ? days : [1, 7];

    /// <summary>Days after the due date at which an unpaid invoice counts as the final failure.</summary>
    public int FinalDay { get; set; } = 14;

    public bool IsValid => FinalDay > 0 && Reminders.All(d => d > 0 && d < FinalDay)
        && Reminders.SequenceEqual(Reminders.Order().Distinct());
}
