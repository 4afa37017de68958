using CleanPlatform.Infrastructure.Persistence.Quartz;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CleanPlatform.Infrastructure.Persistence.Migrations.SqlServer;

/// <summary>The clustered Quartz job store's tables (hand-written: they are not part of the EF model).</summary>
[DbContext(typeof(SqlServerAppDbContext))]
[Migration("20261125142500_AddQuartzTables")]
public sealed class AddQuartzTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => QuartzSchema.CreateSqlServer(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => QuartzSchema.DropSqlServer(migrationBuilder);
}
