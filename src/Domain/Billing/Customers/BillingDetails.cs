namespace CleanPlatform.Domain.Billing.Customers;

/// <summary>What a customer says of itself for billing: who is invoiced, where, as what, in which zone and currency.</summary>
public sealed record BillingDetails(
    string LegalName, string Email, BillingAddress Address, bool IsBusiness, string? VatNumber, string TimeZone,
    string Currency)
{
    public const int LegalNameMaxLength = 200;
    public const int EmailMaxLength = 254;
    public const int TimeZoneMaxLength = 64;

    public string LegalName { get; } = LegalName;

    public string Email { get; } = Email;

    public BillingAddress Address { get; } = Address;

    public bool IsBusiness { get; } = IsBusiness;

    /// <summary>Normalised (<c>DE123456788</c>), or null.</summary>
    public string? VatNumber { get; } = VatNumber;

    /// <summary>IANA zone billing periods start and end in: <c>Europe/Berlin</c>.</summary>
    public string TimeZone { get; } = TimeZone;

    /// <summary>ISO 4217 code invoices are made out in.</summary>
    public string Currency { get; } = Currency;
}
