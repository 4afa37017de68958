using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CleanPlatform.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class BetClosingStale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ClosingStale",
                table: "Bets",
                type: "bit",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClosingStale",
                table: "Bets");
        }
    }
}
