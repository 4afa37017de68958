using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CleanPlatform.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BettingSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BettingSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    KellyMultiplier = table.Column<long>(type: "INTEGER", precision: 18, scale: 6, nullable: false),
                    MinimumEdge = table.Column<long>(type: "INTEGER", precision: 18, scale: 6, nullable: false),
                    BetCap = table.Column<long>(type: "INTEGER", precision: 18, scale: 6, nullable: false),
                    OpenCap = table.Column<long>(type: "INTEGER", precision: 18, scale: 6, nullable: false),
                    CollectionIntervalMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestsReserve = table.Column<int>(type: "INTEGER", nullable: false),
                    Regions = table.Column<string>(type: "TEXT", nullable: false),
                    SportKeys = table.Column<string>(type: "TEXT", nullable: false),
                    AnomalyAgent = table.Column<bool>(type: "INTEGER", nullable: false),
                    SpreadAgent = table.Column<bool>(type: "INTEGER", nullable: false),
                    PatternAgent = table.Column<bool>(type: "INTEGER", nullable: false),
                    BacktestAgent = table.Column<bool>(type: "INTEGER", nullable: false),
                    AlertOpportunityEdge = table.Column<long>(type: "INTEGER", precision: 18, scale: 6, nullable: false),
                    AlertLineMovePercent = table.Column<long>(type: "INTEGER", precision: 18, scale: 6, nullable: false),
                    AlertKickOffReminderMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    ProtectedOddsApiKey = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    OddsApiKeyHint = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    InitialBankrollAmount = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false),
                    InitialBankrollCurrency = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 3, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BettingSettings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BettingSettings_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BettingSettings_OrganizationId",
                table: "BettingSettings",
                column: "OrganizationId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BettingSettings");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");
        }
    }
}
