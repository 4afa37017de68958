using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Betting.Settings.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Settings.UpdateBettingSettings;

/// <summary>
/// Replaces the organization's betting settings. <paramref name="Version"/> is the version the caller read (0 for the
/// defaults): if the settings changed since, nothing is written (409). <paramref name="OddsApiKey"/>: null keeps the
/// stored key, an empty string removes it, anything else replaces it (stored encrypted, never shown again).
/// </summary>
[Authorize(Roles.Admin), Audited("BettingSettings")]
public sealed record UpdateBettingSettings(
    int Version, MoneyDto InitialBankroll, decimal KellyFraction, decimal MinimumEdge, decimal MaxBetShare,
    decimal MaxOpenShare, int CollectionIntervalMinutes, int RequestsReserve, IReadOnlyList<string> Regions,
    IReadOnlyList<string> SportKeys, AgentSwitches Agents, AlertThresholds Alerts, string? OddsApiKey = null)
    : ICommand<BettingSettingsDto>
{
    // A record prints every member; the key must not reach a log or an exception message that way.
    public override string ToString() =>
        $"{nameof(UpdateBettingSettings)} {{ Version = {Version}, OddsApiKey = {(OddsApiKey is null ? "kept" : "(hidden)")} }}";
}

public sealed class UpdateBettingSettingsHandler(
    IBettingDb db, IOrganizationLocks locks, ISecretProtector protector, ICurrentUser user, TimeProvider time)
    : ICommandHandler<UpdateBettingSettings, BettingSettingsDto>
{
    public async ValueTask<BettingSettingsDto> Handle(UpdateBettingSettings command, CancellationToken cancellationToken)
    {
        var organizationId = user.RequireOrganizationId();
        var settings = await FindAsync(organizationId, cancellationToken);
        if (settings is null)
        {
            // Two first saves at once: the second waits for the first to commit, then finds its row and its version.
            await locks.AcquireAsync(nameof(BettingSettings), organizationId, cancellationToken);
            settings = await FindAsync(organizationId, cancellationToken);
        }

        if ((settings?.Version ?? 0) != command.Version)
            throw new ConflictException("betting_settings.version_mismatch",
                $"The settings are at version {settings?.Version ?? 0}, not {command.Version}: someone changed them; reload and try again.");
        if (settings is null)
        {
            settings = BettingSettings.Create(organizationId, time.GetUtcNow());
            db.BettingSettings.Add(settings);
        }

        Apply(settings, command);
        await db.SaveChangesAsync(cancellationToken);
        return BettingSettingsDto.From(settings);
    }

    private Task<BettingSettings?> FindAsync(Guid organizationId, CancellationToken ct) =>
        db.BettingSettings.SingleOrDefaultAsync(s => s.OrganizationId == organizationId, ct);

    private void Apply(BettingSettings settings, UpdateBettingSettings command)
    {
        settings.SetStaking(command.InitialBankroll.ToMoney(), command.KellyFraction, command.MinimumEdge,
            command.MaxBetShare, command.MaxOpenShare);
        settings.SetCollection(command.CollectionIntervalMinutes, command.RequestsReserve, command.Regions, command.SportKeys);
        settings.SetAgents(command.Agents);
        settings.SetAlerts(command.Alerts);
        switch (command.OddsApiKey)
        {
            case null:
                break;
            case "":
                settings.RemoveOddsApiKey();
                break;
            case var key:
                settings.SetOddsApiKey(protector.Protect(IOddsApiKeys.Purpose, key), key);
                break;
        }
    }
}
