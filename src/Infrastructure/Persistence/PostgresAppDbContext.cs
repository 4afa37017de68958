using CleanPlatform.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace CleanPlatform.Infrastructure.Persistence;

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, ICurrentUser caller)
    : AppDbContext(options, caller);
