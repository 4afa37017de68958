namespace CleanPlatform.Infrastructure.Billing.Persistence;

/// <summary>The SQL of <see cref="InvoiceTriggers"/> for each provider, as the migrations run it.</summary>
internal static class InvoiceTriggerSql
{
    private const string Draft = "'Draft'";

    public static string Postgres()
    {
        var changed = string.Join(" OR ", InvoiceTriggers.FrozenColumns.Select(c => $"NEW.\"{c}\" IS DISTINCT FROM OLD.\"{c}\""));
        return $"""
            CREATE FUNCTION invoices_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF OLD."Status" <> {Draft} AND (NEW."Status" = {Draft} OR {changed}) THEN
                    RAISE EXCEPTION '{InvoiceTriggers.Message}' USING ERRCODE = 'check_violation';
                END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER "{InvoiceTriggers.InvoicesFrozen}" BEFORE UPDATE ON "Invoices" FOR EACH ROW EXECUTE FUNCTION invoices_frozen();
            CREATE FUNCTION invoices_kept() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF OLD."Status" <> {Draft} THEN
                    RAISE EXCEPTION '{InvoiceTriggers.Message}' USING ERRCODE = 'check_violation';
                END IF;
                RETURN OLD;
            END $$;
            CREATE TRIGGER "{InvoiceTriggers.InvoicesKept}" BEFORE DELETE ON "Invoices" FOR EACH ROW EXECUTE FUNCTION invoices_kept();
            CREATE FUNCTION invoice_lines_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF EXISTS (SELECT 1 FROM "Invoices" i WHERE i."Status" <> {Draft}
                           AND i."Id" IN (NEW."InvoiceId", OLD."InvoiceId")) THEN
                    RAISE EXCEPTION '{InvoiceTriggers.Message}' USING ERRCODE = 'check_violation';
                END IF;
                RETURN COALESCE(NEW, OLD);
            END $$;
            CREATE TRIGGER "{InvoiceTriggers.LinesFrozenOnInsert}" BEFORE INSERT ON "InvoiceLines" FOR EACH ROW EXECUTE FUNCTION invoice_lines_frozen();
            CREATE TRIGGER "{InvoiceTriggers.LinesFrozenOnUpdate}" BEFORE UPDATE ON "InvoiceLines" FOR EACH ROW EXECUTE FUNCTION invoice_lines_frozen();
            CREATE TRIGGER "{InvoiceTriggers.LinesFrozenOnDelete}" BEFORE DELETE ON "InvoiceLines" FOR EACH ROW EXECUTE FUNCTION invoice_lines_frozen();
            """;
    }

    public const string DropPostgres = """
        DROP TRIGGER IF EXISTS "TR_InvoiceLines_FrozenOnDelete" ON "InvoiceLines";
        DROP TRIGGER IF EXISTS "TR_InvoiceLines_FrozenOnUpdate" ON "InvoiceLines";
        DROP TRIGGER IF EXISTS "TR_InvoiceLines_FrozenOnInsert" ON "InvoiceLines";
        DROP TRIGGER IF EXISTS "TR_Invoices_Kept" ON "Invoices";
        DROP TRIGGER IF EXISTS "TR_Invoices_Frozen" ON "Invoices";
        DROP FUNCTION IF EXISTS invoice_lines_frozen();
        DROP FUNCTION IF EXISTS invoices_kept();
        DROP FUNCTION IF EXISTS invoices_frozen();
        """;

    public static IEnumerable<string> Sqlite()
    {
        var changed = string.Join(" OR ", InvoiceTriggers.FrozenColumns.Select(c => $"NEW.\"{c}\" IS NOT OLD.\"{c}\""));
        var refuse = $"BEGIN SELECT RAISE(ABORT, '{InvoiceTriggers.Message}'); END";
        const string Finalized = "(SELECT \"Status\" FROM \"Invoices\" WHERE \"Id\" = {0}) <> 'Draft'";
        yield return $"""CREATE TRIGGER "{InvoiceTriggers.InvoicesFrozen}" BEFORE UPDATE ON "Invoices" FOR EACH ROW WHEN OLD."Status" <> {Draft} AND (NEW."Status" = {Draft} OR {changed}) {refuse};""";
        yield return $"""CREATE TRIGGER "{InvoiceTriggers.InvoicesKept}" BEFORE DELETE ON "Invoices" FOR EACH ROW WHEN OLD."Status" <> {Draft} {refuse};""";
        yield return $"""CREATE TRIGGER "{InvoiceTriggers.LinesFrozenOnInsert}" BEFORE INSERT ON "InvoiceLines" FOR EACH ROW WHEN {string.Format(System.Globalization.CultureInfo.InvariantCulture, Finalized, "NEW.\"InvoiceId\"")} {refuse};""";
        yield return $"""CREATE TRIGGER "{InvoiceTriggers.LinesFrozenOnUpdate}" BEFORE UPDATE ON "InvoiceLines" FOR EACH ROW WHEN {string.Format(System.Globalization.CultureInfo.InvariantCulture, Finalized, "OLD.\"InvoiceId\"")} {refuse};""";
        yield return $"""CREATE TRIGGER "{InvoiceTriggers.LinesFrozenOnDelete}" BEFORE DELETE ON "InvoiceLines" FOR EACH ROW WHEN {string.Format(System.Globalization.CultureInfo.InvariantCulture, Finalized, "OLD.\"InvoiceId\"")} {refuse};""";
    }

    /// <summary>
    /// Each trigger in an <c>EXEC</c> of its own: CREATE TRIGGER must begin a batch, and the idempotent script puts every
    /// migration's statements inside an <c>IF … BEGIN … END</c>.
    /// </summary>
    public static IEnumerable<string> SqlServer() =>
        SqlServerTriggers().Select(sql => $"EXEC(N'{sql.Replace("'", "''", StringComparison.Ordinal)}');");

    private static IEnumerable<string> SqlServerTriggers()
    {
        var throwFrozen = $"THROW 51000, N'{InvoiceTriggers.Message}', 1;";
        yield return $"""
            CREATE TRIGGER [{InvoiceTriggers.InvoicesFrozen}] ON [Invoices] AFTER UPDATE AS
            BEGIN
                SET NOCOUNT ON;
                IF EXISTS (SELECT 1 FROM inserted i JOIN deleted d ON i.[Id] = d.[Id]
                           WHERE d.[Status] <> N{Draft} AND (i.[Status] = N{Draft} OR NOT EXISTS (
                               SELECT {string.Join(", ", InvoiceTriggers.FrozenColumns.Select(c => $"i.[{c}]"))}
                               INTERSECT
                               SELECT {string.Join(", ", InvoiceTriggers.FrozenColumns.Select(c => $"d.[{c}]"))})))
                    {throwFrozen}
            END
            """;
        yield return $"""
            CREATE TRIGGER [{InvoiceTriggers.InvoicesKept}] ON [Invoices] AFTER DELETE AS
            BEGIN
                SET NOCOUNT ON;
                IF EXISTS (SELECT 1 FROM deleted WHERE [Status] <> N{Draft}) {throwFrozen}
            END
            """;
        foreach (var (name, on, rows) in LineEvents)
        {
            yield return $"""
                CREATE TRIGGER [{name}] ON [InvoiceLines] AFTER {on} AS
                BEGIN
                    SET NOCOUNT ON;
                    IF EXISTS (SELECT 1 FROM {rows} r JOIN [Invoices] i ON i.[Id] = r.[InvoiceId] WHERE i.[Status] <> N{Draft}) {throwFrozen}
                END
                """;
        }
    }

    private static readonly (string Name, string On, string Rows)[] LineEvents =
    [
        (InvoiceTriggers.LinesFrozenOnInsert, "INSERT", "inserted"),
        (InvoiceTriggers.LinesFrozenOnUpdate, "UPDATE", "inserted"),
        (InvoiceTriggers.LinesFrozenOnDelete, "DELETE", "deleted"),
    ];
}
