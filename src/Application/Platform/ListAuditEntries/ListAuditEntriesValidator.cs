using CleanPlatform.Domain.Platform;

namespace CleanPlatform.Application.Platform.ListAuditEntries;

public sealed class ListAuditEntriesValidator : AbstractValidator<ListAuditEntries>
{
    public ListAuditEntriesValidator()
    {
        Include(new PagedQueryValidator());
        RuleFor(x => x.Action).MaximumLength(AuditEntry.NameMaxLength);
        RuleFor(x => x.EntityType).MaximumLength(AuditEntry.NameMaxLength);
        RuleFor(x => x.EntityId).MaximumLength(AuditEntry.EntityIdMaxLength);
        RuleFor(x => x.Outcome).IsInEnum();
        RuleFor(x => x.To).GreaterThan(x => x.From).When(x => x.From is not null && x.To is not null)
            .WithMessage("'to' must be after 'from'.");
    }
}
