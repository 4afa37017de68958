using CleanPlatform.Application.Billing.Catalogue.PublishPlanPrice;
using CleanPlatform.Application.Common.Models;
using CleanPlatform.Domain.Billing.Subscriptions;

namespace CleanPlatform.Api.Controllers.V1.Billing;

/// <summary>A plan's next price in one interval and currency.</summary>
/// <param name="Interval">Monthly or Yearly.</param>
/// <param name="Amount">The price per interval, VAT excluded: 0 or more, with the currency's decimals at most.</param>
/// <param name="Revision">The current revision in that interval and currency as you read it; 0 when there is none yet.</param>
public sealed record PublishPlanPriceRequest(BillingInterval Interval, MoneyDto Amount, int Revision)
{
    public PublishPlanPrice ToCommand(string code) => new(code, Interval, Amount, Revision);
}
