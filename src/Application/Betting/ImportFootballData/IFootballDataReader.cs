namespace CleanPlatform.Application.Betting.ImportFootballData;

/// <summary>
/// Reads a football-data.co.uk season or fixtures file (one match per row) as it streams in, in file order. Every data row
/// comes out either as a <see cref="FootballDataRow"/> or as a <see cref="FootballDataRejection"/>, so nothing is
/// dropped silently; blank lines and rows of only commas, which old files end with, are not data rows.
/// </summary>
public interface IFootballDataReader
{
    /// <summary>
    /// Reads <paramref name="csv"/> (UTF-8, with or without a BOM, CRLF or LF) to its end; the caller keeps
    /// ownership of the stream.
    /// </summary>
    /// <exception cref="InvalidDataException">The header lacks a column every row needs (Div, Date, teams), or has only some of FTHG, FTAG and FTR.</exception>
    IAsyncEnumerable<FootballDataEntry> ReadAsync(Stream csv, CancellationToken ct);
}
