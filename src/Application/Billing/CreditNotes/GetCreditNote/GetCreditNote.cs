using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.CreditNotes.Common;

namespace CleanPlatform.Application.Billing.CreditNotes.GetCreditNote;

/// <summary>One of the caller's organization's credit notes, with its lines.</summary>
[Authorize(Roles.Admin)]
public sealed record GetCreditNote(Guid Id) : IQuery<CreditNoteDto>;

public sealed class GetCreditNoteHandler(IBillingDb db) : IQueryHandler<GetCreditNote, CreditNoteDto>
{
    public async ValueTask<CreditNoteDto> Handle(GetCreditNote query, CancellationToken cancellationToken) =>
        CreditNoteDto.From(await db.CreditNotes.AsNoTracking().SingleOrDefaultAsync(c => c.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("CreditNote", query.Id));
}
