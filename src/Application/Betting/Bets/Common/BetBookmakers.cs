using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Bets.Common;

/// <summary>
/// The bookmaker a bet names by key. A key the organization's catalogue does not know yet is added to it (named by its
/// key), as an import adds the books it meets: a bet placed by hand at a new book needs no separate step first.
/// </summary>
public static class BetBookmakers
{
    /// <summary>What bookmaker keys look like: lower-case letters, digits, dots, dashes and underscores.</summary>
    public const string KeyPattern = "^[a-z0-9][a-z0-9._-]*$";

    public static async Task<Bookmaker> ByKeyAsync(this DbSet<Bookmaker> bookmakers, IOrganizationLocks locks,
        Guid organizationId, string key, DateTimeOffset now, CancellationToken ct)
    {
        if (await bookmakers.SingleOrDefaultAsync(b => b.Key == key, ct) is { } known)
            return known;
        // Two bets naming the same new book at once: the second waits for the first to commit and finds its row.
        await locks.AcquireAsync(nameof(BetBookmakers), organizationId, ct);
        if (await bookmakers.SingleOrDefaultAsync(b => b.Key == key, ct) is { } added)
            return added;
        var bookmaker = Bookmaker.Add(organizationId, key, key, isAggregate: false, now);
        bookmakers.Add(bookmaker);
        return bookmaker;
    }
}
