namespace CleanPlatform.Domain.Billing.Credits;

/// <summary>Where a prepaid credit grant came from.</summary>
public enum CreditSource
{
    /// <summary>The customer bought the credits.</summary>
    Purchase,

    /// <summary>Given by the operator as part of an offer.</summary>
    Promotion,

    /// <summary>Given by the operator to make up for something.</summary>
    Goodwill,

    /// <summary>Moved from another organization's grant, whose expiry it keeps.</summary>
    Transfer,
}
