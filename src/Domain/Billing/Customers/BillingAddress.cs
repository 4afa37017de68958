namespace CleanPlatform.Domain.Billing.Customers;

/// <summary>A customer's billing address; <see cref="Country"/> is an ISO 3166-1 alpha-2 code in upper case.</summary>
public sealed record BillingAddress(string Line1, string? Line2, string City, string? PostalCode, string Country)
{
    public const int LineMaxLength = 200;
    public const int CityMaxLength = 100;
    public const int PostalCodeMaxLength = 20;

    public string Line1 { get; } = Line1;

    public string? Line2 { get; } = Line2;

    public string City { get; } = City;

    public string? PostalCode { get; } = PostalCode;

    public string Country { get; } = Country;
}
