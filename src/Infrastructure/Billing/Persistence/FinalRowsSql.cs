namespace CleanPlatform.Infrastructure.Billing.Persistence;

/// <summary>
/// Triggers that refuse every UPDATE or DELETE of a table's rows, with the same message on each provider: for records
/// that are final from their first write (credit notes, the credit ledger). Each trigger is its name, its table and the
/// statement it refuses; on PostgreSQL they share one function.
/// </summary>
internal static class FinalRowsSql
{
    public static string Postgres(string function, string message, IEnumerable<(string Name, string Table, string Event)> triggers) =>
        $"""
        CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '{message}' USING ERRCODE = 'check_violation';
        END $$;
        {string.Join(Environment.NewLine, triggers.Select(t =>
            $"""CREATE TRIGGER "{t.Name}" BEFORE {t.Event} ON "{t.Table}" FOR EACH ROW EXECUTE FUNCTION {function}();"""))}
        """;

    public static string DropPostgres(string function, IEnumerable<(string Name, string Table, string Event)> triggers) =>
        string.Join(Environment.NewLine, triggers.Select(t => $"""DROP TRIGGER IF EXISTS "{t.Name}" ON "{t.Table}";"""))
        + Environment.NewLine + $"DROP FUNCTION IF EXISTS {function}();";

    public static IEnumerable<string> Sqlite(string message, IEnumerable<(string Name, string Table, string Event)> triggers) =>
        triggers.Select(t =>
            $"""CREATE TRIGGER "{t.Name}" BEFORE {t.Event} ON "{t.Table}" FOR EACH ROW BEGIN SELECT RAISE(ABORT, '{message}'); END;""");

    /// <summary>
    /// Each trigger in an <c>EXEC</c> of its own: CREATE TRIGGER must begin a batch, and the idempotent script puts every
    /// migration's statements inside an <c>IF … BEGIN … END</c>. A statement that touches no row passes.
    /// </summary>
    public static IEnumerable<string> SqlServer(string message, IEnumerable<(string Name, string Table, string Event)> triggers) =>
        triggers.Select(t => $"""
            CREATE TRIGGER [{t.Name}] ON [{t.Table}] AFTER {t.Event} AS
            BEGIN
                SET NOCOUNT ON;
                IF EXISTS (SELECT 1 FROM deleted) THROW 51000, N'{message}', 1;
            END
            """).Select(sql => $"EXEC(N'{sql.Replace("'", "''", StringComparison.Ordinal)}');");
}
