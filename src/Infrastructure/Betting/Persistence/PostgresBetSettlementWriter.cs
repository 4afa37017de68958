using CleanPlatform.Application.Betting.Bets.Common;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CleanPlatform.Infrastructure.Betting.Persistence;

/// <summary>
/// PostgreSQL: the whole run in one <c>UPDATE … FROM unnest(…)</c>, one array parameter per column, in the command's
/// transaction. A run's settlements differ in payout bet by bet, so batching by equal values (the other providers'
/// way) costs a statement per bet: 100,000 round trips for 100,000 bets. The row conditions and the stamps are those of
/// <see cref="BatchedBetSettlementWriter"/>, and <c>RETURNING</c> says which rows were still pending at the version read.
/// </summary>
internal sealed class PostgresBetSettlementWriter(AppDbContext db, ICurrentUser caller, TimeProvider time) : IBetSettlementWriter
{
    public async Task<IReadOnlySet<Guid>> WriteAsync(IReadOnlyList<BetSettlementWrite> settlements, DateTimeOffset settledAt,
        CancellationToken ct)
    {
        var done = new HashSet<Guid>();
        if (settlements.Count == 0)
            return done;
        await using var command = TransactionCommands.Of(db, "A settlement run writes").Command(Sql(db));
        AddArray(command, "ids", settlements.Select(s => s.Id));
        AddArray(command, "versions", settlements.Select(s => s.Version));
        AddArray(command, "statuses", settlements.Select(s => s.Settlement.Status.ToString()));
        AddArray(command, "payouts", settlements.Select(s => s.Settlement.Payout));
        AddArray(command, "profits", settlements.Select(s => s.Settlement.Profit));
        AddArray(command, "dead_heats", settlements.Select(s => s.Settlement.DeadHeatFraction));
        AddArray(command, "homes", settlements.Select(s => s.HomeGoals));
        AddArray(command, "aways", settlements.Select(s => s.AwayGoals));
        command.Parameters.Add(new NpgsqlParameter("settled_at", settledAt));
        command.Parameters.Add(new NpgsqlParameter("updated_at", time.GetUtcNow()));
        command.Parameters.Add(new NpgsqlParameter("updated_by", (object?)caller.UserId ?? DBNull.Value)
        {
            NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid,
        });
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            done.Add(reader.GetGuid(0));
        return done;
    }

    private static void AddArray<T>(System.Data.Common.DbCommand command, string name, IEnumerable<T> values) =>
        command.Parameters.Add(new NpgsqlParameter(name, values.ToArray()));

    /// <summary>The statement, with the table's and columns' names from the model.</summary>
    public static string Sql(AppDbContext db)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var entity = db.Model.FindEntityType(typeof(Bet)) ?? throw new InvalidOperationException("Bets are not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName() ?? "Bets", entity.GetSchema());
        string Column(string property) => sql.DelimitIdentifier(
            entity.FindProperty(property)?.GetColumnName(table) ?? throw new InvalidOperationException($"Bet.{property} is not mapped."));
        return $"""
            UPDATE {sql.DelimitIdentifier(table.Name, table.Schema)} AS b
            SET {Column(nameof(Bet.Status))} = v.status, {Column(nameof(Bet.Payout))} = v.payout,
                {Column(nameof(Bet.Profit))} = v.profit, {Column(nameof(Bet.DeadHeatFraction))} = v.dead_heat,
                {Column(nameof(Bet.SettledHomeGoals))} = v.home, {Column(nameof(Bet.SettledAwayGoals))} = v.away,
                {Column(nameof(Bet.SettledAt))} = @settled_at, {Column(nameof(Bet.Version))} = b.{Column(nameof(Bet.Version))} + 1,
                {Column(nameof(Bet.UpdatedAt))} = @updated_at, {Column(nameof(Bet.UpdatedBy))} = @updated_by
            FROM unnest(@ids, @versions, @statuses, @payouts, @profits, @dead_heats, @homes, @aways)
                AS v(id, version, status, payout, profit, dead_heat, home, away)
            WHERE b.{Column(nameof(Bet.Id))} = v.id AND b.{Column(nameof(Bet.Status))} = '{BetStatus.Pending}'
                AND b.{Column(nameof(Bet.Version))} = v.version
            RETURNING b.{Column(nameof(Bet.Id))}
            """;
    }
}
