using System;
using CleanPlatform.Infrastructure.Billing.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CleanPlatform.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BillingCredits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "RestoredToCredits",
                table: "CreditNotes",
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.CreateTable(
                name: "CreditGrants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Currency = table.Column<string>(type: "character(3)", unicode: false, fixedLength: true, maxLength: 3, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Remaining = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    GrantedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TransferredFromGrantId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedBy = table.Column<Guid>(type: "uuid", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    GrantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Currency = table.Column<string>(type: "character(3)", unicode: false, fixedLength: true, maxLength: 3, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    RemainingAfter = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    InvoiceId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreditNoteId = table.Column<Guid>(type: "uuid", nullable: true),
                    CounterpartGrantId = table.Column<Guid>(type: "uuid", nullable: true),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedBy = table.Column<Guid>(type: "uuid", nullable: true)
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
            migrationBuilder.Sql(FinalRowsSql.Postgres(CreditLedgerTriggers.Function, CreditLedgerTriggers.Message, CreditLedgerTriggers.All));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(FinalRowsSql.DropPostgres(CreditLedgerTriggers.Function, CreditLedgerTriggers.All));

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
