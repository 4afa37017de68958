using CleanPlatform.Application.Betting.Bets.Common;
using CleanPlatform.Domain.Betting;
using FluentValidation;

namespace CleanPlatform.Application.Betting.Bets.PlaceBet;

public sealed class PlaceBetValidator : AbstractValidator<PlaceBet>
{
    public PlaceBetValidator(TimeProvider time)
    {
        RuleFor(x => x.EventId).NotEmpty();
        RuleFor(x => x.BookmakerKey).BookmakerKey();
        RuleFor(x => x.Market).IsInEnum();
        RuleFor(x => x.Selection).IsInEnum()
            .Must((bet, selection) => BetLines.Offers(bet.Market, selection))
            .WithMessage(bet => $"A {bet.Market} market has no {bet.Selection} selection.");
        RuleFor(x => x.Line).Line();
        RuleFor(x => x.Line).Must((bet, line) => BetLines.IsValid(bet.Market, line))
            .WithMessage(bet => BetLines.Describe(bet.Market));
        RuleFor(x => x.Odds).Odds();
        RuleFor(x => x.Stake).Stake();
        RuleFor(x => x.PlacedAt).Must(at => at <= time.GetUtcNow()).WithMessage("A bet cannot be placed in the future.")
            .When(x => x.PlacedAt is not null);
        RuleFor(x => x.AgentKey).MaximumLength(BetText.AgentKeyMaxLength);
        RuleFor(x => x.Edge).InclusiveBetween(-1m, 1m);
        RuleFor(x => x.KellyFraction).InclusiveBetween(0m, 1m);
        RuleFor(x => x.Notes).Notes();
        RuleFor(x => x.Tags).Tags();
        RuleForEach(x => x.Tags).Tag();
    }
}
