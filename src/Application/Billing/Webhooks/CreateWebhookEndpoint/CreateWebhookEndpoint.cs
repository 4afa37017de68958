using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Webhooks.Common;
using CleanPlatform.Domain.Billing.Webhooks;

namespace CleanPlatform.Application.Billing.Webhooks.CreateWebhookEndpoint;

/// <summary>Registers an endpoint for the caller's organization's events and makes its signing secret, shown once.</summary>
[Authorize(Roles.Admin, Interactive = true), Audited("WebhookEndpoint")]
public sealed record CreateWebhookEndpoint(string Url, string? Description = null, IReadOnlyList<string>? EventTypes = null)
    : ICommand<WebhookEndpointSecretDto>, IWebhookEndpointFields;

public sealed class CreateWebhookEndpointValidator : AbstractValidator<CreateWebhookEndpoint>
{
    public CreateWebhookEndpointValidator() => Include(new WebhookEndpointFieldsValidator());
}

public sealed class CreateWebhookEndpointHandler(
    IBillingDb db, IOrganizationLocks locks, ISecretProtector protector, ICurrentUser user, TimeProvider time)
    : ICommandHandler<CreateWebhookEndpoint, WebhookEndpointSecretDto>
{
    public async ValueTask<WebhookEndpointSecretDto> Handle(CreateWebhookEndpoint command, CancellationToken cancellationToken)
    {
        var organizationId = user.RequireOrganizationId();
        // Two registrations at once never pass the limit together.
        await locks.AcquireAsync(nameof(WebhookEndpoint), organizationId, cancellationToken);
        if (await db.WebhookEndpoints.CountAsync(cancellationToken) >= WebhookEndpoint.MaxPerOrganization)
            throw new ConflictException("webhook_endpoint.limit",
                $"An organization registers at most {WebhookEndpoint.MaxPerOrganization} endpoints: delete one first.");
        var now = time.GetUtcNow();
        var secret = WebhookSecrets.New();
        var endpoint = WebhookEndpoint.Register(organizationId, new Uri(command.Url), command.Description,
            command.EventTypes ?? [], protector.Protect(WebhookSecrets.Purpose, secret), now);
        db.WebhookEndpoints.Add(endpoint);
        await db.SaveChangesAsync(cancellationToken);
        return new WebhookEndpointSecretDto(WebhookEndpointDto.From(endpoint, now), secret);
    }
}
