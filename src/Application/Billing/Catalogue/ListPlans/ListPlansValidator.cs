namespace CleanPlatform.Application.Billing.Catalogue.ListPlans;

public sealed class ListPlansValidator : AbstractValidator<ListPlans>
{
    public ListPlansValidator()
    {
        RuleFor(x => x.Currency).Length(Currencies.CodeLength);
        RuleFor(x => x.Currency).Must(Currencies.IsSupported!)
            .WithMessage($"Use a supported ISO 4217 code in upper case: {string.Join(", ", Currencies.Supported.Order(StringComparer.Ordinal))}.")
            .When(x => x.Currency is not null);
    }
}
