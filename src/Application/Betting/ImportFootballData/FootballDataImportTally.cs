namespace CleanPlatform.Application.Betting.ImportFootballData;

/// <summary>The running counts of an import, for its report.</summary>
internal sealed class FootballDataImportTally
{
    private readonly List<FootballDataRejectionDto> _rejections = [];

    public int RowsRead { get; private set; }

    public int EventsAdded { get; private set; }

    public int EventsUpdated { get; private set; }

    public int SnapshotsAdded { get; private set; }

    public int SnapshotsAlreadyPresent { get; private set; }

    public int SkippedMarkets { get; private set; }

    public void Read() => RowsRead++;

    public void Reject(FootballDataRejection rejection) => _rejections.Add(FootballDataRejectionDto.From(rejection));

    public void Skip(int markets) => SkippedMarkets += markets;

    public void Count(FootballDataEventChange change)
    {
        if (change == FootballDataEventChange.Added)
            EventsAdded++;
        else if (change == FootballDataEventChange.Updated)
            EventsUpdated++;
    }

    public void Wrote(int snapshots, int added)
    {
        SnapshotsAdded += added;
        SnapshotsAlreadyPresent += snapshots - added;
    }

    public FootballDataImportDto ToDto(string fileName) => new(fileName, RowsRead, EventsAdded, EventsUpdated,
        SnapshotsAdded, SnapshotsAlreadyPresent, SkippedMarkets, [.. _rejections]);
}
