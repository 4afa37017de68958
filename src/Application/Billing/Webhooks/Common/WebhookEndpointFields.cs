using CleanPlatform.Domain.Billing.Webhooks;

namespace CleanPlatform.Application.Billing.Webhooks.Common;

/// <summary>What registering and changing an endpoint both send.</summary>
public interface IWebhookEndpointFields
{
    /// <summary>Where events are posted: https (http only to this machine).</summary>
    string Url { get; }

    /// <summary>What the endpoint is for, for the people who read the list.</summary>
    string? Description { get; }

    /// <summary>The event types posted; none (or null) for every type.</summary>
    IReadOnlyList<string>? EventTypes { get; }
}

/// <summary>The checks an endpoint's fields pass before the domain sees them.</summary>
public sealed class WebhookEndpointFieldsValidator : AbstractValidator<IWebhookEndpointFields>
{
    public WebhookEndpointFieldsValidator()
    {
        RuleFor(x => x.Url).NotEmpty().MaximumLength(WebhookEndpoint.UrlMaxLength)
            .Must(u => Uri.TryCreate(u, UriKind.Absolute, out var parsed) && WebhookEndpoint.IsAcceptableUrl(parsed))
            .WithMessage("The URL must be absolute https (http only to this machine), without user information.");
        RuleFor(x => x.Description).MaximumLength(WebhookEndpoint.DescriptionMaxLength);
        RuleFor(x => x.EventTypes).Must(t => t is null || t.Count <= WebhookEventTypes.All.Count)
            .WithMessage($"Name at most {WebhookEventTypes.All.Count} event types.");
        RuleForEach(x => x.EventTypes).Must(t => WebhookEventTypes.All.Contains(t))
            .WithMessage($"Each event type is one of: {string.Join(", ", WebhookEventTypes.All)}.");
    }
}
