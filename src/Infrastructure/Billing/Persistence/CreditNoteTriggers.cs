namespace CleanPlatform.Infrastructure.Billing.Persistence;

/// <summary>
/// What keeps a credit note as it was issued (billing.md §2), in the database itself: a credit note is final from its
/// first write, so neither it nor its lines may be updated or deleted. The migration <c>BillingCreditNotes</c> creates
/// these triggers with each provider's SQL (<see cref="CreditNoteTriggerSql"/>).
/// </summary>
internal static class CreditNoteTriggers
{
    public const string NotesNotUpdated = "TR_CreditNotes_NotUpdated";
    public const string NotesNotDeleted = "TR_CreditNotes_NotDeleted";
    public const string LinesNotUpdated = "TR_CreditNoteLines_NotUpdated";
    public const string LinesNotDeleted = "TR_CreditNoteLines_NotDeleted";

    /// <summary>The message every provider raises.</summary>
    public const string Message = "A credit note cannot be changed or deleted: issue another one.";

    /// <summary>Each trigger: its name, its table and the statement it refuses.</summary>
    public static readonly IReadOnlyList<(string Name, string Table, string Event)> All =
    [
        (NotesNotUpdated, "CreditNotes", "UPDATE"),
        (NotesNotDeleted, "CreditNotes", "DELETE"),
        (LinesNotUpdated, "CreditNoteLines", "UPDATE"),
        (LinesNotDeleted, "CreditNoteLines", "DELETE"),
    ];
}
