using CleanPlatform.Domain.Billing.Invoicing;

namespace CleanPlatform.Application.Billing.Invoices.CreateDraftInvoice;

public sealed class CreateDraftInvoiceValidator : AbstractValidator<CreateDraftInvoice>
{
    public CreateDraftInvoiceValidator()
    {
        RuleFor(x => x.Currency).NotEmpty().SupportedCurrency();
        RuleFor(x => x.Lines).NotEmpty().Must(lines => lines.Count <= Invoice.MaxLines)
            .WithMessage($"An invoice holds 1 to {Invoice.MaxLines} lines.");
        RuleForEach(x => x.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.Description).NotEmpty().MaximumLength(InvoiceLine.DescriptionMaxLength);
            line.RuleFor(l => l.Quantity).GreaterThan(0m);
            line.RuleFor(l => l.UnitPrice).Must(p => decimal.Round(p, InvoiceLine.UnitPriceDecimals) == p)
                .WithMessage($"A unit price has at most {InvoiceLine.UnitPriceDecimals} decimals.");
        });
    }
}
