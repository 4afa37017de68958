namespace CleanPlatform.Application.Identity.CreateApiKey;

public sealed class CreateApiKeyValidator : AbstractValidator<CreateApiKey>
{
    private static readonly int MaxScopes = Enum.GetValues<ApiKeyScopes>().Count(s => s != ApiKeyScopes.None);

    public CreateApiKeyValidator(TimeProvider time)
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(ApiKey.NameMaxLength);
        RuleFor(x => x.Scopes).NotEmpty().WithMessage("Choose at least one scope.")
            .Must(s => s.Count <= MaxScopes).WithMessage($"A key has at most {MaxScopes} scopes.");
        RuleForEach(x => x.Scopes).IsInEnum().NotEqual(ApiKeyScopes.None);
        RuleFor(x => x.ExpiresAt)
            .Must(at => at > time.GetUtcNow()).WithMessage("The expiry must be in the future.")
            .Must(at => at <= time.GetUtcNow().AddDays(ApiKey.MaxLifetimeDays))
            .WithMessage($"A key may live at most {ApiKey.MaxLifetimeDays} days; leave the expiry empty for no expiry.")
            .When(x => x.ExpiresAt is not null);
    }
}
