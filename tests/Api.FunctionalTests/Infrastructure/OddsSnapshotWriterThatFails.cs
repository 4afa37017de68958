using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>
/// The real <see cref="IOddsSnapshotWriter"/>, except that after writing its first batch it fails, as an import
/// breaking half way. Before failing it records what the command's transaction holds, so a test can show the
/// rollback took back rows that were really written.
/// </summary>
public sealed class OddsSnapshotWriterThatFails(IOddsSnapshotWriter inner, AppDbContext db, OddsSnapshotWriterThatFails.Witness witness)
    : IOddsSnapshotWriter
{
    /// <summary>Puts the decorator around the registered writer of a test host.</summary>
    public static void Register(IServiceCollection services, Witness witness) =>
        services.Decorate<IOddsSnapshotWriter>((sp, inner) =>
            new OddsSnapshotWriterThatFails(inner, sp.GetRequiredService<AppDbContext>(), witness));

    public async Task<int> WriteAsync(IReadOnlyList<OddsSnapshot> snapshots, CancellationToken ct)
    {
        witness.SnapshotsAdded = await inner.WriteAsync(snapshots, ct);
        witness.SnapshotsWritten = await db.OddsSnapshots.CountAsync(ct);
        witness.EventsWritten = await db.SportEvents.CountAsync(ct);
        throw new SnapshotWritingFailedException();
    }

    /// <summary>What the failing command's transaction held when the writer failed.</summary>
    public sealed class Witness
    {
        public int SnapshotsAdded { get; set; }

        public int SnapshotsWritten { get; set; }

        public int EventsWritten { get; set; }
    }

    public sealed class SnapshotWritingFailedException() : Exception("Writing odds snapshots failed after the first batch.");
}
