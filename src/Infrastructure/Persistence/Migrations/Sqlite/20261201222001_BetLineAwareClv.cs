using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CleanPlatform.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BetLineAwareClv : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ClosingLine",
                table: "Bets",
                type: "INTEGER",
                precision: 6,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "ClvRepricedFair",
                table: "Bets",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "RepricedFairProbability",
                table: "Bets",
                type: "REAL",
                nullable: true);

            // Bets closed before the close had a line of its own were all closed at their own line.
            migrationBuilder.Sql(@"UPDATE ""Bets"" SET ""ClosingLine"" = ""Line"" WHERE ""ClosingOdds"" IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClosingLine",
                table: "Bets");

            migrationBuilder.DropColumn(
                name: "ClvRepricedFair",
                table: "Bets");

            migrationBuilder.DropColumn(
                name: "RepricedFairProbability",
                table: "Bets");
        }
    }
}
