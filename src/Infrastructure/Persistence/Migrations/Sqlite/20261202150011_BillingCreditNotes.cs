using System;
using CleanPlatform.Infrastructure.Billing.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CleanPlatform.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BillingCreditNotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AmountCredited",
                table: "Invoices",
                type: "INTEGER",
                precision: 18,
                scale: 4,
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "CreditNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    InvoiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvoiceNumber = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    InvoiceIssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 3, nullable: false),
                    VatCategory = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    VatRate = table.Column<long>(type: "INTEGER", precision: 18, scale: 6, nullable: false),
                    VatMention = table.Column<string>(type: "TEXT", maxLength: 54, nullable: true),
                    LineTotal = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false),
                    TaxTotal = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false),
                    Total = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false),
                    RequestedGross = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: true),
                    AppliedToInvoice = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false),
                    RefundDue = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CreditNotes_Invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "Invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CreditNotes_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CreditNoteLines",
                columns: table => new
                {
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    CreditNoteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Quantity = table.Column<long>(type: "INTEGER", precision: 18, scale: 6, nullable: false),
                    UnitPrice = table.Column<long>(type: "INTEGER", precision: 18, scale: 6, nullable: false),
                    Net = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditNoteLines", x => new { x.CreditNoteId, x.Position });
                    table.ForeignKey(
                        name: "FK_CreditNoteLines_CreditNotes_CreditNoteId",
                        column: x => x.CreditNoteId,
                        principalTable: "CreditNotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CreditNotes_InvoiceId",
                table: "CreditNotes",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_CreditNotes_Number",
                table: "CreditNotes",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CreditNotes_OrganizationId_IssuedAt",
                table: "CreditNotes",
                columns: new[] { "OrganizationId", "IssuedAt" });

            // A credit note is final from its first write (billing.md §2).
            foreach (var trigger in CreditNoteTriggerSql.Sqlite())
                migrationBuilder.Sql(trigger);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CreditNoteLines");

            migrationBuilder.DropTable(
                name: "CreditNotes");

            migrationBuilder.DropColumn(
                name: "AmountCredited",
                table: "Invoices");
        }
    }
}
