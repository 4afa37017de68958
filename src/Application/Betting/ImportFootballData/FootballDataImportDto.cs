namespace CleanPlatform.Application.Betting.ImportFootballData;

/// <summary>What an import of one football-data file did, with every row it could not use.</summary>
/// <param name="FileName">The file's name, as uploaded.</param>
/// <param name="RowsRead">Data rows read, rejected ones included.</param>
/// <param name="EventsAdded">Matches new to the organization.</param>
/// <param name="EventsUpdated">Matches already known whose result the file changed.</param>
/// <param name="SnapshotsAdded">Prices stored.</param>
/// <param name="SnapshotsAlreadyPresent">Prices the organization already had (a file imported again).</param>
/// <param name="SkippedMarkets">Price groups left out of rows that were used: a blank or a price of 1.0 or less.</param>
/// <param name="Rejections">Rows not imported at all, in file order.</param>
public sealed record FootballDataImportDto(
    string FileName,
    int RowsRead,
    int EventsAdded,
    int EventsUpdated,
    int SnapshotsAdded,
    int SnapshotsAlreadyPresent,
    int SkippedMarkets,
    IReadOnlyList<FootballDataRejectionDto> Rejections);
