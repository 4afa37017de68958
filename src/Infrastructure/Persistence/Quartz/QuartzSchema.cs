using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CleanPlatform.Infrastructure.Persistence.Quartz;

/// <summary>
/// The tables Quartz.NET's persistent, clustered <c>AdoJobStore</c> reads and writes, created by our own EF Core
/// migrations so that a database is ready before the scheduler starts (the store only validates its schema).
/// </summary>
/// <remarks>
/// <para>
/// The SQL is upstream's, unedited: <c>create_postgres.sql</c> and <c>create_sqlServer.sql</c> beside this file
/// are the schema scripts the referenced Quartz package carries inside <c>Quartz.dll</c>
/// (<see cref="PackageResourcePrefix"/>), the ones its <c>AdoJobStore</c> runs itself under
/// <c>SchemaProvisioning.CreateIfMissing</c>. A test keeps them equal to the package's, so a
/// Quartz upgrade that changes the schema fails until they are copied again (that test rewrites them when
/// <c>CLEANPLATFORM_UPDATE_SNAPSHOTS=1</c>) and the change shows as a plain diff. Every statement in them is
/// guarded (<c>IF NOT EXISTS</c>), so a fresh database takes the new shape through the existing migration,
/// while an existing one needs a new migration running upstream's <c>database/migrations/&lt;version&gt;</c>
/// script for the same dialect.
/// </para>
/// <para>
/// What we do to them, and nothing more: substitute our table prefix for upstream's <c>{0}</c>/<c>{1}</c>
/// placeholders, split on upstream's <c>--;;</c> separator lines, skip the header piece (comments only),
/// and use LF line endings. The scripts never drop anything, so a migration's Down drops the tables they
/// create in reverse order of creation (children before parents).
/// </para>
/// </remarks>
internal static partial class QuartzSchema
{
    /// <summary>Where the Quartz package keeps its schema scripts; append the dialect's file name.</summary>
    internal const string PackageResourcePrefix = "Quartz.Impl.AdoJobStore.Schema.";

    internal const string PostgresScript = "create_postgres.sql";
    internal const string SqlServerScript = "create_sqlServer.sql";

    /// <summary>The job store's table prefix on PostgreSQL, in the database's usual lower case.</summary>
    public const string PostgresTablePrefix = "qrtz_";

    /// <summary>The job store's table prefix on SQL Server, as Quartz spells it.</summary>
    public const string SqlServerTablePrefix = "QRTZ_";

    /// <summary>Creates the Quartz job store tables and indexes on PostgreSQL.</summary>
    public static void CreatePostgres(MigrationBuilder m) => Apply(m, Statements(PostgresScript, PostgresTablePrefix));

    /// <summary>Creates the Quartz job store tables and indexes on SQL Server.</summary>
    public static void CreateSqlServer(MigrationBuilder m) =>
        Apply(m, Statements(SqlServerScript, SqlServerTablePrefix));

    /// <summary>Drops the Quartz job store tables on PostgreSQL (for a migration's Down).</summary>
    public static void DropPostgres(MigrationBuilder m) => Apply(m, Drops(PostgresScript, PostgresTablePrefix));

    /// <summary>Drops the Quartz job store tables on SQL Server (for a migration's Down).</summary>
    public static void DropSqlServer(MigrationBuilder m) => Apply(m, Drops(SqlServerScript, SqlServerTablePrefix));

    /// <summary>The script's statements with <paramref name="prefix"/> in place, in upstream's order.</summary>
    internal static IReadOnlyList<string> Statements(string script, string prefix) =>
        [.. Separator().Split(Read(script).Replace("{0}", prefix, StringComparison.Ordinal)
                .Replace("{1}", prefix, StringComparison.Ordinal))
            .Select(piece => piece.Trim())
            .Where(piece => piece.Split('\n').Any(IsSql))];

    private static bool IsSql(string line) =>
        line.Trim() is { Length: > 0 } text && !text.StartsWith("--", StringComparison.Ordinal);

    private static IEnumerable<string> Drops(string script, string prefix) =>
        Statements(script, prefix).Select(statement => CreatedTable().Match(statement))
            .Where(match => match.Success).Select(match => $"DROP TABLE IF EXISTS {match.Groups["table"].Value};")
            .Reverse();

    private static void Apply(MigrationBuilder m, IEnumerable<string> statements)
    {
        ArgumentNullException.ThrowIfNull(m);
        foreach (var statement in statements)
            m.Sql(statement);
    }

    private static string Read(string script)
    {
        using var stream = typeof(QuartzSchema).Assembly.GetManifestResourceStream(typeof(QuartzSchema), script)
            ?? throw new InvalidOperationException($"{script} is not embedded in {typeof(QuartzSchema).Assembly}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^--;;$", RegexOptions.Multiline)]
    private static partial Regex Separator();

    [GeneratedRegex(@"CREATE TABLE (IF NOT EXISTS )?(?<table>\w+)")]
    private static partial Regex CreatedTable();
}
