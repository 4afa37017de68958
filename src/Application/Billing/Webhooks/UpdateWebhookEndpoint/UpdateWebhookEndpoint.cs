using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Webhooks.Common;

namespace CleanPlatform.Application.Billing.Webhooks.UpdateWebhookEndpoint;

/// <summary>Changes an endpoint's URL, description, event types and whether it is enabled, at the version read.</summary>
[Authorize(Roles.Admin, Interactive = true), Audited("WebhookEndpoint")]
public sealed record UpdateWebhookEndpoint(
    Guid Id, string Url, string? Description, IReadOnlyList<string>? EventTypes, bool Enabled, int Version)
    : ICommand<WebhookEndpointDto>, IWebhookEndpointFields, IHasId;

public sealed class UpdateWebhookEndpointValidator : AbstractValidator<UpdateWebhookEndpoint>
{
    public UpdateWebhookEndpointValidator()
    {
        Include(new WebhookEndpointFieldsValidator());
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
    }
}

public sealed class UpdateWebhookEndpointHandler(IBillingDb db, TimeProvider time)
    : ICommandHandler<UpdateWebhookEndpoint, WebhookEndpointDto>
{
    public async ValueTask<WebhookEndpointDto> Handle(UpdateWebhookEndpoint command, CancellationToken cancellationToken)
    {
        var endpoint = await db.WebhookEndpoints.AsTracking().SingleOrDefaultAsync(e => e.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("WebhookEndpoint", command.Id);
        if (endpoint.Version != command.Version)
            throw new ConflictException("webhook_endpoint.version_mismatch",
                $"The endpoint is at version {endpoint.Version}, not {command.Version}: reload it and try again.");
        endpoint.Change(new Uri(command.Url), command.Description, command.EventTypes ?? []);
        endpoint.SetEnabled(command.Enabled);
        await db.SaveChangesAsync(cancellationToken);
        return WebhookEndpointDto.From(endpoint, time.GetUtcNow());
    }
}
