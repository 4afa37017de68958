namespace CleanPlatform.Application.Billing.Subscriptions.RenewSubscriptions;

/// <summary>
/// The renewal run for the caller's organization (<see cref="SubscriptionRenewals"/>), sent as its system caller: by
/// the renewal job when a batch failed, one organization at a time, so one organization's failure stops no other.
/// </summary>
[Authorize(Roles.Admin), Audited("Subscription")]
public sealed record RenewSubscriptions : ICommand<RenewalRunDto>;

/// <summary>What a run did: periods started, subscriptions that ended, invoices finalized, trials warned of their end.</summary>
public sealed record RenewalRunDto(int Renewed, int Ended, int Finalized, int TrialsWarned = 0);

public sealed class RenewSubscriptionsHandler(SubscriptionRenewals renewals, ICurrentUser user)
    : ICommandHandler<RenewSubscriptions, RenewalRunDto>
{
    public async ValueTask<RenewalRunDto> Handle(RenewSubscriptions command, CancellationToken cancellationToken) =>
        await renewals.RenewAsync([user.RequireOrganizationId()], cancellationToken);
}
