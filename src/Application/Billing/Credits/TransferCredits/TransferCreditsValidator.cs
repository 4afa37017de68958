using CleanPlatform.Domain.Billing.Credits;

namespace CleanPlatform.Application.Billing.Credits.TransferCredits;

public sealed class TransferCreditsValidator : AbstractValidator<TransferCredits>
{
    public TransferCreditsValidator()
    {
        RuleFor(x => x.FromOrganizationId).NotEmpty();
        RuleFor(x => x.ToOrganizationId).NotEmpty().NotEqual(x => x.FromOrganizationId)
            .WithMessage("Credits move to another organization.");
        RuleFor(x => x.Amount).NotNull().SetValidator(new MoneyDtoValidator());
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(CreditGrant.ReasonMaxLength);
    }
}
