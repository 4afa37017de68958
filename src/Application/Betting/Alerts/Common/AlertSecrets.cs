namespace CleanPlatform.Application.Betting.Alerts.Common;

/// <summary>The purposes alert secrets are encrypted for (<see cref="ISecretProtector"/>).</summary>
public static class AlertSecrets
{
    public const string WebhookUrlPurpose = "CleanPlatform.Betting.AlertWebhookUrl";

    public const string WebhookSecretPurpose = "CleanPlatform.Betting.AlertWebhookSecret";
}
