using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Webhooks.Common;
using CleanPlatform.Domain.Billing.Webhooks;

namespace CleanPlatform.Application.Billing.Webhooks.RotateWebhookSecret;

/// <summary>
/// Makes a new signing secret for an endpoint, shown once. For 24 hours every post is signed with both the new and the
/// previous secret (two <c>v1</c> values), so the receiver can switch without losing an event.
/// </summary>
[Authorize(Roles.Admin, Interactive = true), Audited("WebhookEndpoint")]
public sealed record RotateWebhookSecret(Guid Id) : ICommand<WebhookEndpointSecretDto>, IHasId;

public sealed class RotateWebhookSecretHandler(IBillingDb db, ISecretProtector protector, TimeProvider time)
    : ICommandHandler<RotateWebhookSecret, WebhookEndpointSecretDto>
{
    public async ValueTask<WebhookEndpointSecretDto> Handle(RotateWebhookSecret command, CancellationToken cancellationToken)
    {
        var endpoint = await db.WebhookEndpoints.AsTracking().SingleOrDefaultAsync(e => e.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(WebhookEndpoint), command.Id);
        var now = time.GetUtcNow();
        var secret = WebhookSecrets.New();
        endpoint.RotateSecret(protector.Protect(WebhookSecrets.Purpose, secret), now);
        await db.SaveChangesAsync(cancellationToken);
        return new WebhookEndpointSecretDto(WebhookEndpointDto.From(endpoint, now), secret);
    }
}
