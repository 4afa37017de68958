using CleanPlatform.Domain.Billing.Catalogue;

namespace CleanPlatform.Application.Billing.Catalogue.PublishPlanPrice;

public sealed class PublishPlanPriceValidator : AbstractValidator<PublishPlanPrice>
{
    public PublishPlanPriceValidator()
    {
        RuleFor(x => x.Code).NotEmpty().MaximumLength(BillingPlan.CodeMaxLength);
        RuleFor(x => x.Interval).IsInEnum();
        RuleFor(x => x.Amount).NotNull().SetValidator(new MoneyDtoValidator(allowZero: true));
        RuleFor(x => x.Revision).GreaterThanOrEqualTo(0);
    }
}
