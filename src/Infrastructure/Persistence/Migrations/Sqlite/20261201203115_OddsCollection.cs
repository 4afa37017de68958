using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CleanPlatform.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OddsCollection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ExternalId",
                table: "SportEvents",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FeedCheckedAt",
                table: "SportEvents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OddsCollectionStates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuotaRemaining = table.Column<int>(type: "INTEGER", nullable: true),
                    QuotaUsed = table.Column<int>(type: "INTEGER", nullable: true),
                    QuotaCheckedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastCollectedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OddsCollectionStates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OddsCollectionStates_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SportEvents_OrganizationId_ExternalId",
                table: "SportEvents",
                columns: new[] { "OrganizationId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OddsCollectionStates_OrganizationId",
                table: "OddsCollectionStates",
                column: "OrganizationId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OddsCollectionStates");

            migrationBuilder.DropIndex(
                name: "IX_SportEvents_OrganizationId_ExternalId",
                table: "SportEvents");

            migrationBuilder.DropColumn(
                name: "ExternalId",
                table: "SportEvents");

            migrationBuilder.DropColumn(
                name: "FeedCheckedAt",
                table: "SportEvents");
        }
    }
}
