using CleanPlatform.Domain.Identity;
using FluentValidation;

namespace CleanPlatform.Application.Identity.CreateApiKey;

public sealed class CreateApiKeyValidator : AbstractValidator<CreateApiKey>
{
    public CreateApiKeyValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(ApiKey.NameMaxLength);
        RuleFor(x => x.Scopes).NotEmpty().WithMessage("Choose at least one scope.");
        RuleForEach(x => x.Scopes).IsInEnum().NotEqual(ApiKeyScopes.None);
    }
}
