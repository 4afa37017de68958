using System;
using CleanPlatform.Infrastructure.Billing.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CleanPlatform.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BillingInvoices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InvoiceSequences",
                columns: table => new
                {
                    Series = table.Column<string>(type: "TEXT", unicode: false, maxLength: 8, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Last = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceSequences", x => new { x.Series, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "Invoices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 3, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Number = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: true),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    BuyerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BuyerLine1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BuyerLine2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BuyerCity = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BuyerPostalCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    BuyerCountry = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 2, nullable: true),
                    BuyerVatNumber = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: true),
                    VatCase = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    VatCategory = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    VatRate = table.Column<long>(type: "INTEGER", precision: 18, scale: 6, nullable: true),
                    VatMention = table.Column<string>(type: "TEXT", maxLength: 54, nullable: true),
                    LineTotal = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false),
                    TaxTotal = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false),
                    Total = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false),
                    AmountPaid = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false),
                    PaidAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Invoices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Invoices_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InvoiceLines",
                columns: table => new
                {
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Quantity = table.Column<long>(type: "INTEGER", precision: 18, scale: 6, nullable: false),
                    UnitPrice = table.Column<long>(type: "INTEGER", precision: 18, scale: 6, nullable: false),
                    Net = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceLines", x => new { x.InvoiceId, x.Position });
                    table.ForeignKey(
                        name: "FK_InvoiceLines_Invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "Invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_Number",
                table: "Invoices",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_OrganizationId_CreatedAt",
                table: "Invoices",
                columns: new[] { "OrganizationId", "CreatedAt" });

            // Keep a finalized invoice as it was issued (billing.md §2).
            foreach (var trigger in InvoiceTriggerSql.Sqlite())
                migrationBuilder.Sql(trigger);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InvoiceLines");

            migrationBuilder.DropTable(
                name: "InvoiceSequences");

            migrationBuilder.DropTable(
                name: "Invoices");
        }
    }
}
