using System.Linq.Expressions;
using CleanPlatform.Application.Common.Interfaces;
using CleanPlatform.Domain.Common;
using CleanPlatform.Infrastructure.Callers;
using CleanPlatform.Infrastructure.Identity;
using CleanPlatform.Infrastructure.Persistence.Numbers;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CleanPlatform.Infrastructure.Persistence;

/// <summary>
/// The one context. Each provider has a derived context (own migrations); this class holds the model.
/// Every <see cref="ITenantOwned"/> set is filtered to the caller's organization here, once. Each module
/// adds its sets in a partial file of its own (<c>AppDbContext.&lt;Module&gt;.cs</c>), implementing its
/// module interface, and its configurations under <c>Configurations/&lt;Module&gt;/</c>.
/// Contexts are pooled: a leased context is told its caller (<see cref="Caller"/>) before use.
/// </summary>
public abstract partial class AppDbContext(DbContextOptions options)
    : IdentityDbContext<ApplicationUser, ApplicationRole, Guid>(options)
{
    /// <summary>
    /// Who this context works for: the query filters scope to it and the interceptors stamp changes with it.
    /// Until set, nobody, who sees no tenant's rows.
    /// </summary>
    internal ICurrentUser Caller { get; set; } = AnonymousCaller.Instance;

    // A pooled context goes back to the pool on dispose: it forgets its caller, so a lease that is not told
    // one sees nothing rather than the previous caller's rows.
    public override void Dispose()
    {
        Caller = AnonymousCaller.Instance;
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    public override async ValueTask DisposeAsync()
    {
        Caller = AnonymousCaller.Instance;
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    // Read by the query filters on every query: EF parameterizes context members per instance.
    private Guid? CallerOrganizationId => Caller.OrganizationId;
    private bool CallerSeesAllOrganizations => Caller.IsPlatformAdmin;

    /// <summary>Whether decimal columns hold scaled integers (SQLite) rather than decimals (docs/adr/0005).</summary>
    protected virtual bool StoresDecimalsAsScaledIntegers => false;

    /// <summary>The provider's SQL for the analytics functions.</summary>
    private protected abstract AnalyticsTranslations Analytics { get; }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.MapNumberTypes();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        builder.Model.StoreDecimalsAtFixedScale(StoresDecimalsAsScaledIntegers);
        Analytics.Map(builder);

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
