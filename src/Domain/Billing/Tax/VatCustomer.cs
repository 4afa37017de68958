namespace CleanPlatform.Domain.Billing.Tax;

/// <summary>
/// What VAT needs to know of a customer: where they are (billing address, corroborated), whether they buy as a
/// business, and whether their VAT number was found valid (by VIES; a pending or failed check is not valid).
/// </summary>
public sealed record VatCustomer(string Country, string? PostalCode, bool IsBusiness, bool HasValidVatNumber)
{
    public string Country { get; } = Country;

    public string? PostalCode { get; } = PostalCode;

    public bool IsBusiness { get; } = IsBusiness;

    public bool HasValidVatNumber { get; } = HasValidVatNumber;
}
