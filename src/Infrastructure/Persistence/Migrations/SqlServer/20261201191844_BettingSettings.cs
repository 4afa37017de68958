using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CleanPlatform.Infrastructure.Persistence.Migrations.SqlServer
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    KellyMultiplier = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: false),
                    MinimumEdge = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: false),
                    BetCap = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: false),
                    OpenCap = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: false),
                    CollectionIntervalMinutes = table.Column<int>(type: "int", nullable: false),
                    RequestsReserve = table.Column<int>(type: "int", nullable: false),
                    Regions = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    SportKeys = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AnomalyAgent = table.Column<bool>(type: "bit", nullable: false),
                    SpreadAgent = table.Column<bool>(type: "bit", nullable: false),
                    PatternAgent = table.Column<bool>(type: "bit", nullable: false),
                    BacktestAgent = table.Column<bool>(type: "bit", nullable: false),
                    AlertOpportunityEdge = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: false),
                    AlertLineMovePercent = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: false),
                    AlertKickOffReminderMinutes = table.Column<int>(type: "int", nullable: false),
                    ProtectedOddsApiKey = table.Column<string>(type: "nvarchar(2048)", maxLength: 2048, nullable: true),
                    OddsApiKeyHint = table.Column<string>(type: "nvarchar(4)", maxLength: 4, nullable: true),
                    InitialBankrollAmount = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    InitialBankrollCurrency = table.Column<string>(type: "char(3)", unicode: false, fixedLength: true, maxLength: 3, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FriendlyName = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    Xml = table.Column<string>(type: "nvarchar(max)", nullable: true)
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
