using CleanPlatform.Domain.Billing.Catalogue;

namespace CleanPlatform.Application.Billing.Subscriptions.Subscribe;

public sealed class SubscribeValidator : AbstractValidator<Subscribe>
{
    public SubscribeValidator()
    {
        RuleFor(x => x.PlanCode).NotEmpty().MaximumLength(BillingPlan.CodeMaxLength);
        RuleFor(x => x.Interval).IsInEnum();
    }
}
