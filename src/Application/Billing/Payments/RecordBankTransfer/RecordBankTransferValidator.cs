using CleanPlatform.Domain.Billing.Payments;

namespace CleanPlatform.Application.Billing.Payments.RecordBankTransfer;

public sealed class RecordBankTransferValidator : AbstractValidator<RecordBankTransfer>
{
    public RecordBankTransferValidator()
    {
        RuleFor(x => x.Amount).NotNull().SetValidator(new MoneyDtoValidator());
        RuleFor(x => x.Reference).NotEmpty().MaximumLength(Payment.ReferenceMaxLength);
        RuleFor(x => x.ReceivedAt).NotEmpty();
    }
}
