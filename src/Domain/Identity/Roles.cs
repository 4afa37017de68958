namespace CleanPlatform.Domain.Identity;

/// <summary>The roles a user can hold inside their organization.</summary>
public static class Roles
{
    /// <summary>Manages the organization's members, keys and settings.</summary>
    public const string Admin = "Admin";

    /// <summary>Works with clients' data (wealth advisors, analysts).</summary>
    public const string Advisor = "Advisor";

    /// <summary>Uses the modules with their own records.</summary>
    public const string Member = "Member";

    /// <summary>Reads only.</summary>
    public const string Viewer = "Viewer";

    /// <summary>Every role, in order of decreasing power.</summary>
    public static readonly IReadOnlyList<string> All = [Admin, Advisor, Member, Viewer];

    /// <summary>Whether <paramref name="role"/> is one of <see cref="All"/> (exact spelling).</summary>
    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
