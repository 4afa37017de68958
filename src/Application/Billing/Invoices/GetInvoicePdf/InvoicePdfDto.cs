namespace CleanPlatform.Application.Billing.Invoices.GetInvoicePdf;

/// <summary>An invoice's PDF as stored: its file name (<c>INV-2026-000123.pdf</c>), bytes and SHA-256 in lower-case hex.</summary>
public sealed record InvoicePdfDto(string FileName, byte[] Content, string Sha256);
