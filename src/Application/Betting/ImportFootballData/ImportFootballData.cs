using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Common.Exceptions;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Identity;

namespace CleanPlatform.Application.Betting.ImportFootballData;

/// <summary>
/// Imports one football-data.co.uk season file into the caller's organization: matches with their results, and
/// every price of every bookmaker as odds snapshots. All of it or nothing (one transaction); a file imported
/// again adds nothing.
/// </summary>
[Authorize(Roles.Admin, Roles.Advisor, Roles.Member), Audited("FootballDataImport")]
public sealed record ImportFootballData(Stream File, string FileName) : ICommand<FootballDataImportDto>
{
    /// <summary>The largest file accepted: a season of a league is about 200 KB.</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;

    public const int FileNameMaxLength = 255;

    /// <summary>The most data rows a file can hold: each takes at least a character and a line break.</summary>
    public const int MaxRows = (int)(MaxFileBytes / 2);
}

public sealed class ImportFootballDataHandler(IBettingDb db, IFootballDataReader reader, IOddsSnapshotWriter writer,
    IOrganizationLocks locks, ICurrentUser user, TimeProvider time) : ICommandHandler<ImportFootballData, FootballDataImportDto>
{
    // Rows are saved and their prices written a batch at a time, so memory stays flat whatever the file's size.
    private const int RowsPerBatch = 500;

    public async ValueTask<FootballDataImportDto> Handle(ImportFootballData command, CancellationToken cancellationToken)
    {
        var organizationId = user.RequireOrganizationId();
        // One import at a time per organization: a second one waits, then finds the first one's rows.
        await locks.AcquireAsync(nameof(ImportFootballData), organizationId, cancellationToken);
        var now = time.GetUtcNow();
        var catalog = new FootballDataCatalog(db, organizationId, now);
        var events = new FootballDataEvents(db, organizationId, now);
        var tally = new FootballDataImportTally();
        var batch = new List<FootballDataRow>(RowsPerBatch);
        await foreach (var entry in ReadAsync(command.File, cancellationToken))
        {
            tally.Read();
            if (entry is FootballDataRejection rejection)
                tally.Reject(rejection);
            else if (entry is FootballDataRow row)
                batch.Add(row);
            if (batch.Count < RowsPerBatch)
                continue;
            await ImportAsync(batch, catalog, events, tally, now, cancellationToken);
            batch.Clear();
        }

        await ImportAsync(batch, catalog, events, tally, now, cancellationToken);
        return tally.ToDto(command.FileName);
    }

    private async IAsyncEnumerable<FootballDataEntry> ReadAsync(Stream file,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var entries = reader.ReadAsync(file, ct).GetAsyncEnumerator(ct);
        await using (entries)
        {
            while (true)
            {
                try
                {
                    if (!await entries.MoveNextAsync())
                        yield break;
                }
                catch (InvalidDataException ex)
                {
                    throw new ValidationException(nameof(ImportFootballData.File), ex.Message);
                }

                yield return entries.Current;
            }
        }
    }

    private async Task ImportAsync(List<FootballDataRow> rows, FootballDataCatalog catalog, FootballDataEvents events,
        FootballDataImportTally tally, DateTimeOffset now, CancellationToken ct)
    {
        var snapshots = new List<OddsSnapshot>();
        var upcoming = new List<OddsSnapshot>();
        foreach (var row in rows)
        {
            var competition = await catalog.CompetitionAsync(row.Division, ct);
            var season = await catalog.SeasonAsync(competition, Season.NameFor(row.KickOff.Date), ct);
            var (sportEvent, change) = await events.RecordAsync(row, competition, season, ct);
            var capturedAt = FootballDataSnapshots.CapturedAt(row, sportEvent, now);
            tally.Count(change);
            tally.Skip(row.SkippedMarkets.Count);
            foreach (var price in row.Prices)
            {
                if (!FootballDataSnapshots.CanStore(price))
                {
                    tally.Skip(1);
                    continue;
                }

                var bookmaker = await catalog.BookmakerAsync(price.Bookmaker, ct);
                // Stamped before kick-off: a match still to come, whose unchanged prices are not stored twice.
                (capturedAt < sportEvent.KickOffUtc ? upcoming : snapshots).AddRange(FootballDataSnapshots.Of(price, sportEvent, bookmaker, capturedAt));
            }
        }

        // Events and bookmakers first: the snapshots refer to them.
        await db.SaveChangesAsync(ct);
        var moved = await FootballDataUpcomingPrices.MovedAsync(db, upcoming, ct);
        snapshots.AddRange(moved);
        var added = snapshots.Count > 0 ? await writer.WriteAsync(snapshots, ct) : 0;
        tally.Wrote(snapshots.Count + upcoming.Count - moved.Count, added);
    }
}
