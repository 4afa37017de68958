using CleanPlatform.Domain.Billing.Catalogue;
using CleanPlatform.Domain.Billing.Subscriptions;

namespace CleanPlatform.Application.Billing.Catalogue.Common;

/// <summary>
/// One price revision: the amount per interval, VAT excluded. <c>RetiredAt</c> is null while it is the current one.
/// </summary>
public sealed record PlanPriceDto(
    Guid Id, BillingInterval Interval, MoneyDto Amount, int Revision, DateTimeOffset ActiveFrom, DateTimeOffset? RetiredAt)
    : IHasId
{
    public static PlanPriceDto From(PlanPrice price)
    {
        ArgumentNullException.ThrowIfNull(price);
        return new(price.Id, price.Interval, MoneyDto.From(price.Price), price.Revision, price.ActiveFrom, price.RetiredAt);
    }
}
