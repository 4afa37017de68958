using CleanPlatform.Domain.Billing.CreditNotes;
using CleanPlatform.Domain.Billing.Invoicing;

namespace CleanPlatform.Application.Billing.CreditNotes.IssueCreditNote;

/// <summary>
/// A kind and what it needs: <c>lines</c> for Lines only, <c>grossAmount</c> for Gross only, neither for Full; always a
/// reason.
/// </summary>
public sealed class IssueCreditNoteValidator : AbstractValidator<IssueCreditNote>
{
    public IssueCreditNoteValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(CreditNote.ReasonMaxLength);
        When(x => x.Kind == CreditNoteKind.Lines, () =>
        {
            RuleFor(x => x.Lines).NotEmpty().WithMessage("A credit note by lines needs at least one line.");
            RuleFor(x => x.Lines!.Count).LessThanOrEqualTo(CreditNote.MaxLines).OverridePropertyName("lines")
                .When(x => x.Lines is not null);
            RuleForEach(x => x.Lines).NotNull().SetValidator(new CreditNoteLineRequestValidator());
        }).Otherwise(() =>
            RuleFor(x => x.Lines).Empty().WithMessage("Only a credit note of kind Lines takes lines."));
        When(x => x.Kind == CreditNoteKind.Gross, () =>
            RuleFor(x => x.GrossAmount).NotNull().WithMessage("A credit note of kind Gross needs the gross amount to refund.")
                .SetValidator(new MoneyDtoValidator()!)).Otherwise(() =>
            RuleFor(x => x.GrossAmount).Null().WithMessage("Only a credit note of kind Gross takes a gross amount."));
    }
}

/// <summary>A line to credit: a description and an amount above 0.</summary>
public sealed class CreditNoteLineRequestValidator : AbstractValidator<CreditNoteLineRequest>
{
    public CreditNoteLineRequestValidator()
    {
        RuleFor(x => x.Description).NotEmpty().MaximumLength(InvoiceLine.DescriptionMaxLength);
        RuleFor(x => x.Amount).NotNull().SetValidator(new MoneyDtoValidator());
    }
}
