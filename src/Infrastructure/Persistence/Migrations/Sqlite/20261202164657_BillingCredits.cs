using System;
using CleanPlatform.Infrastructure.Billing.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CleanPlatform.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BillingCredits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "RestoredToCredits",
                table: "CreditNotes",
                type: "INTEGER",
                precision: 18,
                scale: 4,
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "CreditGrants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 3, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false),
                    Remaining = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false),
                    GrantedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TransferredFromGrantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditGrants", x => x.Id);
                    table.CheckConstraint("CK_CreditGrants_Remaining", "\"Remaining\" >= 0 AND \"Remaining\" <= \"Amount\"");
                    table.ForeignKey(
                        name: "FK_CreditGrants_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CreditLedger",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GrantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 3, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false),
                    RemainingAfter = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false),
                    InvoiceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreditNoteId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CounterpartGrantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditLedger", x => x.Id);
                    table.CheckConstraint("CK_CreditLedger_RemainingAfter", "\"RemainingAfter\" >= 0");
                    table.ForeignKey(
                        name: "FK_CreditLedger_CreditGrants_GrantId",
                        column: x => x.GrantId,
                        principalTable: "CreditGrants",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CreditLedger_CreditNotes_CreditNoteId",
                        column: x => x.CreditNoteId,
                        principalTable: "CreditNotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CreditLedger_Invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "Invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CreditLedger_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CreditGrants_OrganizationId_Currency_ExpiresAt_GrantedAt",
                table: "CreditGrants",
                columns: new[] { "OrganizationId", "Currency", "ExpiresAt", "GrantedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditGrants_OrganizationId_GrantedAt",
                table: "CreditGrants",
                columns: new[] { "OrganizationId", "GrantedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditLedger_CreditNoteId",
                table: "CreditLedger",
                column: "CreditNoteId");

            migrationBuilder.CreateIndex(
                name: "IX_CreditLedger_GrantId",
                table: "CreditLedger",
                column: "GrantId");

            migrationBuilder.CreateIndex(
                name: "IX_CreditLedger_InvoiceId",
                table: "CreditLedger",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_CreditLedger_OrganizationId_OccurredAt",
                table: "CreditLedger",
                columns: new[] { "OrganizationId", "OccurredAt" });

            // The credit ledger is append-only (billing.md §8).
            foreach (var trigger in FinalRowsSql.Sqlite(CreditLedgerTriggers.Message, CreditLedgerTriggers.All))
                migrationBuilder.Sql(trigger);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CreditLedger");

            migrationBuilder.DropTable(
                name: "CreditGrants");

            migrationBuilder.DropColumn(
                name: "RestoredToCredits",
                table: "CreditNotes");
        }
    }
}
