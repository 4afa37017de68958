using CleanPlatform.Domain.Billing.Catalogue;

namespace CleanPlatform.Application.Billing.Catalogue.ListPlanPrices;

public sealed class ListPlanPricesValidator : AbstractValidator<ListPlanPrices>
{
    public ListPlanPricesValidator() => RuleFor(x => x.Code).NotEmpty().MaximumLength(BillingPlan.CodeMaxLength);
}
