using CleanPlatform.Application.Betting.Bets.Common;
using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Common.Exceptions;
using CleanPlatform.Application.Common.Models;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Common;
using CleanPlatform.Domain.Identity;

namespace CleanPlatform.Application.Betting.Bets.EditBet;

/// <summary>
/// Corrects a pending bet: price, stake, line, bookmaker, time, notes and tags, all replaced. <paramref name="Version"/>
/// is the version the caller read: if the bet changed since, nothing is written and the caller hears of it (409).
/// </summary>
[Authorize(Roles.Admin, Roles.Advisor, Roles.Member), Audited("Bet")]
public sealed record EditBet(
    Guid Id, int Version, string BookmakerKey, decimal Line, decimal Odds, MoneyDto Stake, DateTimeOffset PlacedAt,
    string? Notes = null, IReadOnlyList<string>? Tags = null) : ICommand<BetDto>, IHasId;

public sealed class EditBetHandler(IBettingDb db, IOrganizationLocks locks, ICurrentUser user, TimeProvider time)
    : ICommandHandler<EditBet, BetDto>
{
    public async ValueTask<BetDto> Handle(EditBet command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var bet = await db.Bets.FindToChangeAsync(command.Id, user, cancellationToken);
        if (bet.Version != command.Version)
            throw new ConflictException("bet.version_mismatch",
                $"The bet is at version {bet.Version}, not {command.Version}: someone changed it; reload it and try again.");
        bet.ThatIsPending();
        // The market is the bet's own, so only here can the line be checked against it; it is still a shape error.
        if (!BetLines.IsValid(bet.Market, command.Line))
            throw new ValidationException(nameof(EditBet.Line), BetLines.Describe(bet.Market));

        var bookmaker = await db.Bookmakers.ByKeyAsync(locks, bet.OrganizationId, command.BookmakerKey, now, cancellationToken);
        bet.Edit(bookmaker, command.Line, new Odds(command.Odds), command.Stake.ToMoney(), command.PlacedAt, command.Notes,
            command.Tags, now);
        await db.SaveChangesAsync(cancellationToken);
        return BetDto.From(bet);
    }
}
