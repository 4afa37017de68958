using CleanPlatform.Application.Betting.Common;

namespace CleanPlatform.Application.Betting.Settings.Common;

public sealed class OddsApiKeys(IBettingDb db, ISecretProtector protector) : IOddsApiKeys
{
    public async Task<string?> GetAsync(Guid organizationId, CancellationToken ct)
    {
        var stored = await db.BettingSettings.AsNoTracking().Where(s => s.OrganizationId == organizationId)
            .Select(s => s.ProtectedOddsApiKey).SingleOrDefaultAsync(ct);
        return stored is null ? null : protector.Unprotect(IOddsApiKeys.Purpose, stored);
    }
}
