using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CleanPlatform.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BetLineAwareClv : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "ClosingLine",
                table: "Bets",
                type: "numeric(6,2)",
                precision: 6,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "ClvRepricedFair",
                table: "Bets",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "RepricedFairProbability",
                table: "Bets",
                type: "double precision",
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
