namespace CleanPlatform.Domain.Betting;

/// <summary>The free text a bet carries: notes, tags and the suggesting agent's key, trimmed and within their limits.</summary>
public static class BetText
{
    public const int NotesMaxLength = 2000;
    public const int MaxTags = 10;
    public const int TagMaxLength = 32;
    public const int AgentKeyMaxLength = 64;

    /// <summary>Trimmed notes, or null when blank.</summary>
    /// <exception cref="DomainException"><c>bet.notes_too_long</c>.</exception>
    public static string? Notes(string? notes)
    {
        var trimmed = notes?.Trim();
        if (trimmed?.Length > NotesMaxLength)
            throw new DomainException("bet.notes_too_long", $"Notes have at most {NotesMaxLength} characters.");
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    /// <summary>Trimmed tags, each once (the first spelling kept), in the order given.</summary>
    /// <exception cref="DomainException"><c>bet.tag_invalid</c> for a blank or long tag, <c>bet.too_many_tags</c>.</exception>
    public static List<string> Tags(IEnumerable<string>? tags)
    {
        var kept = new List<string>();
        foreach (var tag in tags ?? [])
        {
            var trimmed = tag?.Trim() ?? "";
            if (trimmed.Length == 0 || trimmed.Length > TagMaxLength)
                throw new DomainException("bet.tag_invalid", $"A tag has 1 to {TagMaxLength} characters.");
            if (!kept.Contains(trimmed, StringComparer.Ordinal))
                kept.Add(trimmed);
        }

        return kept.Count <= MaxTags
            ? kept
            : throw new DomainException("bet.too_many_tags", $"A bet has at most {MaxTags} tags.");
    }

    /// <summary>The agent's key, trimmed, or null when blank.</summary>
    /// <exception cref="DomainException"><c>bet.agent_key_too_long</c>.</exception>
    public static string? AgentKey(string? key)
    {
        var trimmed = key?.Trim();
        if (trimmed?.Length > AgentKeyMaxLength)
            throw new DomainException("bet.agent_key_too_long", $"An agent key has at most {AgentKeyMaxLength} characters.");
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
