namespace CleanPlatform.Application.Billing.Subscriptions.ResumeSubscription;

public sealed class ResumeSubscriptionValidator : AbstractValidator<ResumeSubscription>
{
    public ResumeSubscriptionValidator() => RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
}
