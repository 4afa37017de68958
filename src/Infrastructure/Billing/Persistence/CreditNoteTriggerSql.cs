namespace CleanPlatform.Infrastructure.Billing.Persistence;

/// <summary>The SQL of <see cref="CreditNoteTriggers"/> for each provider, as the migrations run it.</summary>
internal static class CreditNoteTriggerSql
{
    private const string Function = "credit_notes_immutable";

    public static string Postgres() => FinalRowsSql.Postgres(Function, CreditNoteTriggers.Message, CreditNoteTriggers.All);

    public static string DropPostgres() => FinalRowsSql.DropPostgres(Function, CreditNoteTriggers.All);

    public static IEnumerable<string> Sqlite() => FinalRowsSql.Sqlite(CreditNoteTriggers.Message, CreditNoteTriggers.All);

    /// <inheritdoc cref="FinalRowsSql.SqlServer"/>
    public static IEnumerable<string> SqlServer() => FinalRowsSql.SqlServer(CreditNoteTriggers.Message, CreditNoteTriggers.All);
}
