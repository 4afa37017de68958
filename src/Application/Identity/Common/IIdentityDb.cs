namespace CleanPlatform.Application.Identity.Common;

/// <summary>The Identity module's sets: users, organizations, plans, keys, invitations, sessions and usage.</summary>
public interface IIdentityDb : IModuleDb
{
    /// <summary>Users, read-only and filtered to the caller's organization; they change through Identity's ports.</summary>
    IQueryable<UserRecord> Users { get; }

    /// <summary>Tenants.</summary>
    DbSet<Organization> Organizations { get; }

    /// <summary>Plans and their sizes.</summary>
    DbSet<Plan> Plans { get; }

    /// <summary>Integrators' API keys.</summary>
    DbSet<ApiKey> ApiKeys { get; }

    /// <summary>Sign-ups waiting for their e-mail to be confirmed (no organization's yet).</summary>
    DbSet<PendingRegistration> PendingRegistrations { get; }

    /// <summary>Invitations to join an organization.</summary>
    DbSet<Invitation> Invitations { get; }

    /// <summary>Rotating refresh tokens.</summary>
    DbSet<RefreshToken> RefreshTokens { get; }

    /// <summary>Monthly request counters.</summary>
    DbSet<UsageCounter> UsageCounters { get; }
}
