using CleanPlatform.Application.Billing.Common;

namespace CleanPlatform.Application.Billing.Subscriptions.RenewSubscriptions;

/// <summary>
/// The renewal run (<see cref="SubscriptionRenewals"/>) for <see cref="OrganizationIds"/> at once, in one transaction:
/// what the renewal job sends, as the system caller across organizations. Each organization's audit trail shows it.
/// Nothing else may send it: it reaches across organizations.
/// </summary>
[Audited("Subscription")]
public sealed record RenewSubscriptionBatch(IReadOnlyList<Guid> OrganizationIds) : ICommand<RenewalRunDto>;

public sealed class RenewSubscriptionBatchValidator : AbstractValidator<RenewSubscriptionBatch>
{
    public RenewSubscriptionBatchValidator() =>
        RuleFor(x => x.OrganizationIds).NotEmpty().Must(ids => ids.Count <= RenewalOptions.MaxBatchSize)
            .WithMessage($"A batch renews at most {RenewalOptions.MaxBatchSize} organizations.");
}

public sealed class RenewSubscriptionBatchHandler(SubscriptionRenewals renewals, ICurrentUser user, AuditScope audit)
    : ICommandHandler<RenewSubscriptionBatch, RenewalRunDto>
{
    public async ValueTask<RenewalRunDto> Handle(RenewSubscriptionBatch command, CancellationToken cancellationToken)
    {
        if (!user.IsSystemAcrossOrganizations())
            throw new ForbiddenException("Only the renewal job, across organizations, renews a batch of them.");
        var organizationIds = command.OrganizationIds.Distinct().ToList();
        var run = await renewals.RenewAsync(organizationIds, cancellationToken);
        foreach (var organizationId in organizationIds)
            audit.AlsoActedIn(organizationId);
        return run;
    }
}
