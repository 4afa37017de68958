namespace CleanPlatform.Application.Billing.Invoices.ListInvoices;

public sealed class ListInvoicesValidator : AbstractValidator<ListInvoices>
{
    public ListInvoicesValidator()
    {
        Include(new PagedQueryValidator());
        RuleFor(x => x.Status).IsInEnum();
    }
}
