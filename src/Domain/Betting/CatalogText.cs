namespace CleanPlatform.Domain.Betting;

/// <summary>The checks every catalogue key and name passes: present, trimmed, within its length.</summary>
internal static class CatalogText
{
    public static string Key(string value, int maxLength, string what) => Checked(value, maxLength, what, "key");

    public static string Name(string value, int maxLength, string what) => Checked(value, maxLength, what, "name");

    private static string Checked(string value, int maxLength, string what, string part)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
            throw new DomainException($"{what}.{part}_required", $"A {what} needs a {part}.");
        if (trimmed.Length > maxLength)
            throw new DomainException($"{what}.{part}_too_long", $"A {what}'s {part} has at most {maxLength} characters.");
        return trimmed;
    }
}
