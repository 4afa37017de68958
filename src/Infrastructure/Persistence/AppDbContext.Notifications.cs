using CleanPlatform.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace CleanPlatform.Infrastructure.Persistence;

public abstract partial class AppDbContext
{
    public DbSet<Notification> Notifications => Set<Notification>();
}
