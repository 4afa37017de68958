namespace CleanPlatform.Domain.Billing.Customers;

/// <summary>One piece of evidence of where a customer is, kept as the VAT rules ask: what it said and when.</summary>
public sealed record CountryEvidence(EvidenceSource Source, string Country, DateTimeOffset RecordedAt)
{
    public EvidenceSource Source { get; } = Source;

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string Country { get; } = Country;

    public DateTimeOffset RecordedAt { get; } = RecordedAt;
}
