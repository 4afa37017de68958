using CleanPlatform.Domain.Billing.Catalogue;

namespace CleanPlatform.Application.Billing.Subscriptions.ChangePlan;

public sealed class ChangePlanValidator : AbstractValidator<ChangePlan>
{
    public ChangePlanValidator()
    {
        RuleFor(x => x.PlanCode).NotEmpty().MaximumLength(BillingPlan.CodeMaxLength);
        RuleFor(x => x.Interval).IsInEnum();
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
    }
}
