namespace CleanPlatform.Application.Identity.ListApiKeys;

public sealed class ListApiKeysValidator : AbstractValidator<ListApiKeys>
{
    public ListApiKeysValidator() => Include(new PagedQueryValidator());
}
