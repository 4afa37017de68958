using CleanPlatform.Application.Betting.Bets.Common;
using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Common.Exceptions;
using CleanPlatform.Application.Common.Models;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Common;
using CleanPlatform.Domain.Identity;

namespace CleanPlatform.Application.Betting.Bets.PlaceBet;

/// <summary>
/// Records a bet the caller placed on one of the organization's events, at the bookmaker named by
/// <paramref name="BookmakerKey"/> (added to the catalogue when new). <paramref name="Line"/> is the backed selection's
/// own line; <paramref name="PlacedAt"/> defaults to now.
/// </summary>
[Authorize(Roles.Admin, Roles.Advisor, Roles.Member), Audited("Bet")]
public sealed record PlaceBet(
    Guid EventId, string BookmakerKey, MarketKind Market, Selection Selection, decimal Line, decimal Odds, MoneyDto Stake,
    DateTimeOffset? PlacedAt = null, Guid? OpportunityId = null, string? AgentKey = null, decimal? Edge = null,
    decimal? KellyFraction = null, string? Notes = null, IReadOnlyList<string>? Tags = null) : ICommand<BetDto>;

public sealed class PlaceBetHandler(IBettingDb db, IOrganizationLocks locks, ICurrentUser user, TimeProvider time)
    : ICommandHandler<PlaceBet, BetDto>
{
    public async ValueTask<BetDto> Handle(PlaceBet command, CancellationToken cancellationToken)
    {
        var organizationId = user.RequireOrganizationId();
        var now = time.GetUtcNow();
        // Another organization's event is not found, whoever asks: bets stay inside the caller's organization.
        var sportEvent = await db.SportEvents.SingleOrDefaultAsync(
                e => e.Id == command.EventId && e.OrganizationId == organizationId, cancellationToken)
            ?? throw new NotFoundException(nameof(SportEvent), command.EventId);
        var competition = await db.Competitions.SingleAsync(c => c.Id == sportEvent.CompetitionId, cancellationToken);
        var bookmaker = await db.Bookmakers.ByKeyAsync(locks, organizationId, command.BookmakerKey, now, cancellationToken);

        var bet = Bet.Place(sportEvent, competition, bookmaker, user.RequireUserId(),
            new BetPick(command.Market, command.Selection, command.Line), new Odds(command.Odds), command.Stake.ToMoney(),
            command.PlacedAt ?? now, new BetOrigin(command.OpportunityId, command.AgentKey, command.Edge, command.KellyFraction),
            now);
        bet.Annotate(command.Notes, command.Tags);
        db.Bets.Add(bet);
        await db.SaveChangesAsync(cancellationToken);
        return BetDto.From(bet);
    }
}
