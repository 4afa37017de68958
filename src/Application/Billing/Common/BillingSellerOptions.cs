namespace CleanPlatform.Application.Billing.Common;

/// <summary>
/// The operator as seller, from configuration section <c>Billing:Seller</c>: the member state it is established in
/// (its VAT applies to domestic sales) and whether its cross-border sales to EU consumers passed €10,000 this year
/// (billing.md §4: until they do, those sales may bear the seller's rate).
/// </summary>
public sealed class BillingSellerOptions
{
    public const string Section = "Billing:Seller";

    /// <summary>ISO 3166 code of a member state: <c>DE</c>.</summary>
    public string Country { get; set; } = "";

    public bool OssThresholdExceeded { get; set; } = true;
}
