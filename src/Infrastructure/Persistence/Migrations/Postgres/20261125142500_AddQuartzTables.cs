using CleanPlatform.Infrastructure.Persistence.Quartz;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CleanPlatform.Infrastructure.Persistence.Migrations.Postgres;

/// <summary>The clustered Quartz job store's tables (hand-written: they are not part of the EF model).</summary>
[DbContext(typeof(PostgresAppDbContext))]
[Migration("20261125142500_AddQuartzTables")]
public sealed class AddQuartzTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => QuartzSchema.CreatePostgres(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => QuartzSchema.DropPostgres(migrationBuilder);
}
