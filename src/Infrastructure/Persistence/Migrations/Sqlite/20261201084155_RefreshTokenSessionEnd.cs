using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CleanPlatform.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RefreshTokenSessionEnd : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "SessionEndsAt",
                table: "RefreshTokens",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Sessions opened before this migration end when their current token would have expired.
            migrationBuilder.Sql("UPDATE \"RefreshTokens\" SET \"SessionEndsAt\" = \"ExpiresAt\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SessionEndsAt",
                table: "RefreshTokens");
        }
    }
}
