using CleanPlatform.Application.Billing.Catalogue.Common;
using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Domain.Billing.Catalogue;
using CleanPlatform.Domain.Billing.Subscriptions;

namespace CleanPlatform.Application.Billing.Catalogue.PublishPlanPrice;

/// <summary>
/// Puts a new price on a plan for one interval and currency: the current revision is retired and the next one starts
/// now; nothing already sold changes. <paramref name="Revision"/> is the current revision the caller read (0 when the
/// plan has no price in that interval and currency yet): if another price was published since, nothing is written (409).
/// </summary>
[Authorize(PlatformAdmin = true), Audited("PlanPrice")]
public sealed record PublishPlanPrice(string Code, BillingInterval Interval, MoneyDto Amount, int Revision)
    : ICommand<PlanPriceDto>;

public sealed class PublishPlanPriceHandler(
    IBillingDb db, IOrganizationLocks locks, PlanCatalogueCache catalogue, AfterCommit afterCommit, TimeProvider time)
    : ICommandHandler<PublishPlanPrice, PlanPriceDto>
{
    public async ValueTask<PlanPriceDto> Handle(PublishPlanPrice command, CancellationToken cancellationToken)
    {
        var plan = await db.PlanAsync(command.Code, cancellationToken);
        // One publisher per plan at a time: the second waits, then finds the first's revision and is refused below.
        await locks.AcquireAsync(nameof(PublishPlanPrice), plan.Id, cancellationToken);
        var amount = command.Amount.ToMoney();
        var current = await db.PlanPrices.AsTracking()
            .SingleOrDefaultAsync(p => p.PlanId == plan.Id && p.Interval == command.Interval
                && p.Currency == amount.Currency && p.RetiredAt == null, cancellationToken);
        if ((current?.Revision ?? 0) != command.Revision)
            throw new ConflictException("price.revision_mismatch",
                $"The {command.Interval} price of {plan.Code} in {amount.Currency} is at revision {current?.Revision ?? 0}, not {command.Revision}: someone changed it; reload and try again.");

        var now = time.GetUtcNow();
        var next = current is null ? PlanPrice.First(plan.Id, command.Interval, amount, now) : current.Supersede(amount, now);
        db.PlanPrices.Add(next);
        await db.SaveChangesAsync(cancellationToken);
        afterCommit.Add(catalogue.Clear);
        return PlanPriceDto.From(next);
    }
}
