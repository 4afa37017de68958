using CleanPlatform.Domain.Billing.Catalogue;

namespace CleanPlatform.Application.Billing.Subscriptions.PreviewPlanChange;

public sealed class PreviewPlanChangeValidator : AbstractValidator<PreviewPlanChange>
{
    public PreviewPlanChangeValidator()
    {
        RuleFor(x => x.PlanCode).NotEmpty().MaximumLength(BillingPlan.CodeMaxLength);
        RuleFor(x => x.Interval).IsInEnum();
    }
}
