namespace CleanPlatform.Application.Billing.Catalogue.ListPlans;

public sealed class ListPlansValidator : AbstractValidator<ListPlans>
{
    public ListPlansValidator()
    {
        RuleFor(x => x.Currency).Length(Currencies.CodeLength);
        RuleFor(x => x.Currency).SupportedCurrency().When(x => x.Currency is not null);
    }
}
