namespace CleanPlatform.Infrastructure.Billing.Persistence;

/// <summary>The SQL of <see cref="CreditNoteTriggers"/> for each provider, as the migrations run it.</summary>
internal static class CreditNoteTriggerSql
{
    public static string Postgres() =>
        $"""
        CREATE FUNCTION credit_notes_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '{CreditNoteTriggers.Message}' USING ERRCODE = 'check_violation';
        END $$;
        {string.Join(Environment.NewLine, CreditNoteTriggers.All.Select(t =>
            $"""CREATE TRIGGER "{t.Name}" BEFORE {t.Event} ON "{t.Table}" FOR EACH ROW EXECUTE FUNCTION credit_notes_immutable();"""))}
        """;

    public static string DropPostgres() =>
        string.Join(Environment.NewLine, CreditNoteTriggers.All.Select(t => $"""DROP TRIGGER IF EXISTS "{t.Name}" ON "{t.Table}";"""))
        + Environment.NewLine + "DROP FUNCTION IF EXISTS credit_notes_immutable();";

    public static IEnumerable<string> Sqlite() =>
        CreditNoteTriggers.All.Select(t =>
            $"""CREATE TRIGGER "{t.Name}" BEFORE {t.Event} ON "{t.Table}" FOR EACH ROW BEGIN SELECT RAISE(ABORT, '{CreditNoteTriggers.Message}'); END;""");

    /// <summary>
    /// Each trigger in an <c>EXEC</c> of its own: CREATE TRIGGER must begin a batch, and the idempotent script puts every
    /// migration's statements inside an <c>IF … BEGIN … END</c>. A statement that touches no row passes.
    /// </summary>
    public static IEnumerable<string> SqlServer() =>
        CreditNoteTriggers.All.Select(t => $"""
            CREATE TRIGGER [{t.Name}] ON [{t.Table}] AFTER {t.Event} AS
            BEGIN
                SET NOCOUNT ON;
                IF EXISTS (SELECT 1 FROM deleted) THROW 51000, N'{CreditNoteTriggers.Message}', 1;
            END
            """).Select(sql => $"EXEC(N'{sql.Replace("'", "''", StringComparison.Ordinal)}');");
}
