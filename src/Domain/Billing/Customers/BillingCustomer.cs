using CleanPlatform.Domain.Billing.Tax;

namespace CleanPlatform.Domain.Billing.Customers;

/// <summary>
/// An organization as Billing's customer, one per organization: who is invoiced and where, whether it buys as a
/// business, its VAT number and where that number's check stands, the time zone its periods run in, the currency
/// it pays in, and the evidence of its country (billing.md §4: the billing address, corroborated).
/// </summary>
public sealed class BillingCustomer : Entity, IAggregateRoot, ITenantOwned
{
    private readonly List<CountryEvidence> _evidence = [];

    private BillingCustomer() { }

    /// <inheritdoc />
    public Guid OrganizationId { get; private set; }

    public string LegalName { get; private set; } = "";

    public string Email { get; private set; } = "";

    public BillingAddress Address { get; private set; } = null!;

    public bool IsBusiness { get; private set; }

    public string? VatNumber { get; private set; }

    public VatNumberStatus VatNumberStatus { get; private set; }

    /// <summary>When VIES last answered for <see cref="VatNumber"/>.</summary>
    public DateTimeOffset? VatNumberCheckedAt { get; private set; }

    public string TimeZone { get; private set; } = "";

    public string Currency { get; private set; } = "";

    /// <summary>Every piece of evidence of the customer's country, oldest first; none is ever removed.</summary>
    public IReadOnlyList<CountryEvidence> Evidence => _evidence;

    /// <summary>What VAT needs of this customer: only a number VIES found valid counts as valid.</summary>
    public VatCustomer ForVat() =>
        new(Address.Country, Address.PostalCode, IsBusiness, VatNumberStatus == VatNumberStatus.Valid);

    /// <exception cref="DomainException">As <see cref="Change"/>.</exception>
    public static BillingCustomer Create(Guid organizationId, BillingDetails details, DateTimeOffset now)
    {
        var customer = new BillingCustomer { Id = Guid.CreateVersion7(now), OrganizationId = organizationId, CreatedAt = now };
        customer.Change(details, now);
        return customer;
    }

    /// <summary>
    /// Replaces the details. A new VAT number is <see cref="VatNumberStatus.Unchecked"/> until VIES answers; a new
    /// billing country is recorded as evidence.
    /// </summary>
    /// <exception cref="DomainException">
    /// <c>billing_customer.country_unknown</c>, <c>billing_customer.vat_number_country</c> when the number's prefix is
    /// not the address's country, <c>billing_customer.time_zone_unknown</c>, <c>money.unsupported_currency</c>.
    /// </exception>
    public void Change(BillingDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        var country = details.Address.Country;
        if (!CountryCodes.IsAssigned(country))
            throw new DomainException("billing_customer.country_unknown", $"'{country}' is not an ISO 3166 country code.");
        if (details.VatNumber is { } number && VatPrefixOf(country) != number[..2])
            throw new DomainException("billing_customer.vat_number_country",
                $"A VAT number for an address in {country} starts with {VatPrefixOf(country)}.");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(details.TimeZone, out _))
            throw new DomainException("billing_customer.time_zone_unknown", $"'{details.TimeZone}' is not a known time zone.");
        Currencies.MinorUnits(details.Currency);

        if (!string.Equals(details.VatNumber, VatNumber, StringComparison.Ordinal))
        {
            VatNumberStatus = details.VatNumber is null ? VatNumberStatus.None : VatNumberStatus.Unchecked;
            VatNumberCheckedAt = null;
        }

        if (Address?.Country != country)
            _evidence.Add(new CountryEvidence(EvidenceSource.BillingAddress, country, now));
        LegalName = details.LegalName.Trim();
        Email = details.Email.Trim();
        Address = details.Address;
        IsBusiness = details.IsBusiness;
        VatNumber = details.VatNumber;
        TimeZone = details.TimeZone;
        Currency = details.Currency;
    }

    /// <summary>Greece's VAT prefix is EL; Monaco's customers have French numbers.</summary>
    public static string VatPrefixOf(string country) => country switch
    {
        "GR" => "EL",
        "MC" => "FR",
        _ => country,
    };
}
