using CleanPlatform.Domain.Billing.Credits;

namespace CleanPlatform.Application.Billing.Credits.GrantCredits;

public sealed class GrantCreditsValidator : AbstractValidator<GrantCredits>
{
    public GrantCreditsValidator(TimeProvider time)
    {
        RuleFor(x => x.OrganizationId).NotEmpty();
        RuleFor(x => x.Amount).NotNull().SetValidator(new MoneyDtoValidator());
        RuleFor(x => x.ExpiresAt).Must(at => at > time.GetUtcNow()).When(x => x.ExpiresAt is not null)
            .WithMessage("A grant expires in the future.");
        RuleFor(x => x.Source).IsInEnum().NotEqual(CreditSource.Transfer)
            .WithMessage("Transferred credits come from a transfer between organizations, not a grant.");
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(CreditGrant.ReasonMaxLength);
    }
}
