using System.Data;
using System.Linq.Expressions;
using CleanPlatform.Application.Betting.Analytics.Common;
using CleanPlatform.Infrastructure.Persistence.Numbers;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace CleanPlatform.Infrastructure.Persistence;

/// <summary>
/// Each provider's SQL for <see cref="AnalyticsSql"/>, so analytics group by day and hour and average odds in the
/// database: <see cref="UtcHour"/> (whole hours since the Unix epoch, UTC) and <see cref="OddsValue"/> (odds as a double).
/// </summary>
internal sealed record AnalyticsTranslations(
    Func<IReadOnlyList<SqlExpression>, SqlExpression> UtcHour, Func<IReadOnlyList<SqlExpression>, SqlExpression> OddsValue)
{
    private static readonly LongTypeMapping BigInt = new("bigint", DbType.Int64);
    private static readonly DoubleTypeMapping Double = new("double precision", DbType.Double);
    private static readonly DoubleTypeMapping Real = new("REAL", DbType.Double);
    private static readonly DoubleTypeMapping Float = new("float", DbType.Double);

    /// <summary>
    /// SQLite stores instants as UTC ticks since 0001-01-01 (<see cref="UtcTicksConverter"/>) and odds as integers at
    /// their column's scale (docs/adr/0005).
    /// </summary>
    public static AnalyticsTranslations Sqlite { get; } = new(
        args => Binary(ExpressionType.Divide,
            Binary(ExpressionType.Subtract, args[0], Constant(DateTimeOffset.UnixEpoch.UtcTicks)), Constant(TimeSpan.TicksPerHour)),
        args => new SqlBinaryExpression(ExpressionType.Divide, Cast(args[0], Real),
            new SqlConstantExpression(Math.Pow(10, NumberColumns.RatioScale), typeof(double), Real), typeof(double), Real));

    /// <summary><c>floor(date_part('epoch', at) / 3600)::bigint</c>: a timestamptz's epoch is UTC whatever the session zone.</summary>
    public static AnalyticsTranslations Postgres { get; } = new(
        args =>
        {
            var epoch = new SqlFunctionExpression("date_part",
                [new SqlConstantExpression("epoch", typeof(string), new StringTypeMapping("text", DbType.String)), args[0]],
                nullable: true, argumentsPropagateNullability: [false, true], typeof(double), Double);
            var hours = new SqlBinaryExpression(ExpressionType.Divide, epoch,
                new SqlConstantExpression(3600.0, typeof(double), Double), typeof(double), Double);
            return Cast(new SqlFunctionExpression("floor", [hours], nullable: true, argumentsPropagateNullability: [true],
                typeof(double), Double), BigInt);
        },
        args => Cast(args[0], Double));

    /// <summary><c>DATEDIFF_BIG(hour, '1970-01-01T00:00:00+00:00', at)</c>: counts hour boundaries, in UTC for a datetimeoffset.</summary>
    public static AnalyticsTranslations SqlServer { get; } = new(
        args => new SqlFunctionExpression("DATEDIFF_BIG",
            [
                new SqlFragmentExpression("hour"),
                new SqlConstantExpression("1970-01-01T00:00:00+00:00", typeof(string),
                    new StringTypeMapping("varchar(32)", DbType.AnsiString)),
                args[0],
            ],
            nullable: true, argumentsPropagateNullability: [false, false, true], typeof(long), BigInt),
        args => Cast(args[0], Float));

    /// <summary>Maps both functions of <see cref="AnalyticsSql"/> in <paramref name="builder"/>.</summary>
    public void Map(ModelBuilder builder)
    {
        builder.HasDbFunction(Method(nameof(AnalyticsSql.UtcHour))).HasTranslation(UtcHour);
        builder.HasDbFunction(Method(nameof(AnalyticsSql.OddsValue))).HasTranslation(OddsValue);
    }

    private static System.Reflection.MethodInfo Method(string name) =>
        typeof(AnalyticsSql).GetMethod(name) ?? throw new InvalidOperationException($"AnalyticsSql.{name} is missing.");

    private static SqlBinaryExpression Binary(ExpressionType op, SqlExpression left, SqlExpression right) =>
        new(op, left, right, typeof(long), BigInt);

    private static SqlConstantExpression Constant(long value) => new(value, typeof(long), BigInt);

    private static SqlUnaryExpression Cast(SqlExpression operand, RelationalTypeMapping mapping) =>
        new(ExpressionType.Convert, operand, mapping.ClrType, mapping);
}
