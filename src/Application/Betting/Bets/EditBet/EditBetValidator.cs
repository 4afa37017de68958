using CleanPlatform.Application.Betting.Bets.Common;
using FluentValidation;

namespace CleanPlatform.Application.Betting.Bets.EditBet;

public sealed class EditBetValidator : AbstractValidator<EditBet>
{
    public EditBetValidator(TimeProvider time)
    {
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
        RuleFor(x => x.BookmakerKey).BookmakerKey();
        RuleFor(x => x.Line).Line();
        RuleFor(x => x.Odds).Odds();
        RuleFor(x => x.Stake).Stake();
        RuleFor(x => x.PlacedAt).Must(at => at <= time.GetUtcNow()).WithMessage("A bet cannot be placed in the future.");
        RuleFor(x => x.Notes).Notes();
        RuleFor(x => x.Tags).Tags();
        RuleForEach(x => x.Tags).Tag();
    }
}
