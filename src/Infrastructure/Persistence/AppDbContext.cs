using System.Linq.Expressions;
using CleanPlatform.Application.Common.Interfaces;
using CleanPlatform.Domain.Common;
using CleanPlatform.Domain.Identity;
using CleanPlatform.Domain.Platform;
using CleanPlatform.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CleanPlatform.Infrastructure.Persistence;

/// <summary>
/// The one context. Each provider has a derived context (own migrations); this class holds the model.
/// Every <see cref="ITenantOwned"/> set is filtered to the caller's organization here, once.
/// </summary>
public abstract partial class AppDbContext(DbContextOptions options, ICurrentUser caller)
    : IdentityDbContext<ApplicationUser, ApplicationRole, Guid>(options), IAppDbContext
{
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();
    public DbSet<UsageCounter> UsageCounters => Set<UsageCounter>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    /// <summary>Who this context works for (the interceptors stamp changes with it).</summary>
    internal ICurrentUser Caller => caller;

    // Read by the query filters on every query: EF parameterizes context members per instance.
    private Guid? CallerOrganizationId => caller.OrganizationId;
    private bool CallerSeesAllOrganizations => caller.IsPlatformAdmin;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        foreach (var entityType in builder.Model.GetEntityTypes()
                     .Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType)))
            builder.Entity(entityType.ClrType).HasQueryFilter(TenantFilter(entityType.ClrType));
    }

    // e => CallerSeesAllOrganizations || (Guid?)e.OrganizationId == CallerOrganizationId
    private LambdaExpression TenantFilter(Type type)
    {
        var entity = Expression.Parameter(type, "e");
        var context = Expression.Constant(this, typeof(AppDbContext));
        var seesAll = Expression.Property(context, nameof(CallerSeesAllOrganizations));
        var sameOrganization = Expression.Equal(
            Expression.Convert(Expression.Property(entity, nameof(ITenantOwned.OrganizationId)), typeof(Guid?)),
            Expression.Property(context, nameof(CallerOrganizationId)));
        return Expression.Lambda(Expression.OrElse(seesAll, sameOrganization), entity);
    }
}
