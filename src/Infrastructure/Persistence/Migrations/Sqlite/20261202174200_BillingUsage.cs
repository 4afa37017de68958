using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CleanPlatform.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BillingUsage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "UsageRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 128, nullable: false),
                    Meter = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    Value = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false),
                    Timestamp = table.Column<long>(type: "INTEGER", nullable: false),
                    Property = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    IngestedOrder = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UsageRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UsageRecords_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_UsageRecords_OrganizationId_EventId",
                table: "UsageRecords",
                columns: new[] { "OrganizationId", "EventId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UsageRecords_OrganizationId_Meter_Timestamp",
                table: "UsageRecords",
                columns: new[] { "OrganizationId", "Meter", "Timestamp" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UsageRecords");
        }
    }
}
