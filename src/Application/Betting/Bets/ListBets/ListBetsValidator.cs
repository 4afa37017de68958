using CleanPlatform.Application.Common.Models;
using CleanPlatform.Domain.Betting;
using FluentValidation;

namespace CleanPlatform.Application.Betting.Bets.ListBets;

public sealed class ListBetsValidator : AbstractValidator<ListBets>
{
    public ListBetsValidator()
    {
        Include(new PagedQueryValidator());
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Tag).MaximumLength(BetText.TagMaxLength);
        RuleFor(x => x.PlacedTo).GreaterThan(x => x.PlacedFrom).When(x => x.PlacedFrom is not null && x.PlacedTo is not null)
            .WithMessage("'placedTo' must be after 'placedFrom'.");
    }
}
