namespace CleanPlatform.Infrastructure.Billing.Persistence;

/// <summary>
/// What keeps the credit ledger append-only (billing.md §8), in the database itself: an entry is never updated nor
/// deleted. The migration <c>BillingCredits</c> creates these triggers with each provider's SQL
/// (<see cref="FinalRowsSql"/>).
/// </summary>
internal static class CreditLedgerTriggers
{
    public const string NotUpdated = "TR_CreditLedger_NotUpdated";
    public const string NotDeleted = "TR_CreditLedger_NotDeleted";
    public const string Function = "credit_ledger_append_only";

    /// <summary>The message every provider raises.</summary>
    public const string Message = "The credit ledger is append-only: record a new entry instead.";

    /// <summary>Each trigger: its name, its table and the statement it refuses.</summary>
    public static readonly IReadOnlyList<(string Name, string Table, string Event)> All =
    [
        (NotUpdated, "CreditLedger", "UPDATE"),
        (NotDeleted, "CreditLedger", "DELETE"),
    ];
}
