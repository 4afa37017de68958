namespace CleanPlatform.Application.Billing.Subscriptions.CancelSubscription;

public sealed class CancelSubscriptionValidator : AbstractValidator<CancelSubscription>
{
    public CancelSubscriptionValidator() => RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
}
