using CleanPlatform.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace CleanPlatform.Infrastructure.Persistence;

public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options, ICurrentUser caller)
    : AppDbContext(options, caller);
