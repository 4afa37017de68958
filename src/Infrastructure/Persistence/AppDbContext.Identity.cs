using CleanPlatform.Application.Identity.Common;
using CleanPlatform.Domain.Identity;
using CleanPlatform.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace CleanPlatform.Infrastructure.Persistence;

public abstract partial class AppDbContext : IIdentityDb
{
    IQueryable<UserRecord> IIdentityDb.Users => Users.AsNoTracking().ToRecords(this);
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<PendingRegistration> PendingRegistrations => Set<PendingRegistration>();
    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();
    public DbSet<UsageCounter> UsageCounters => Set<UsageCounter>();
}
