namespace Recoupe.Mentions.Names;

/// <summary>
/// Acronyms and the long names they abbreviate: "RPDC" = "République populaire démocratique de Corée"
/// (initials of the content words), "NSC" defined as "(NSC)" right after its long name.
/// </summary>
public static class AcronymMatcher
{
    /// <summary>2 to 6 upper-case letters (digits allowed after the first), e.g. NSC, ONU, RPDC, G7.</summary>
    public static bool IsAcronym(ReadOnlySpan<char> token)
    {
        if (token.Length < 2 || token.Length > 6 || !char.IsUpper(token[0])) return false;
        int letters = 0;
        foreach (var c in token)
        {
            if (char.IsUpper(c)) letters++;
            else if (!char.IsDigit(c)) return false;
        }
        return letters >= 2 || token.Length <= 3;
    }

    /// <summary>The folded letters of an acronym ("RPDC" -> "rpdc"), to look up in an index of <see cref="Initials"/>.</summary>
    public static string Letters(string acronym) => TextFold.Fold(acronym).Replace(" ", "");

    /// <summary>The initials of a long name: of its content words, and of all its words (both folded), or nulls for one-word names.</summary>
    public static (string? Content, string? All) Initials(string longName)
    {
        var words = TextFold.Fold(longName).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return (null, null);
        var content = new System.Text.StringBuilder();
        var all = new System.Text.StringBuilder();
        foreach (var w in words)
        {
            all.Append(w[0]);
            if (!NameKey.IsFunctionWord(w)) content.Append(w[0]);
        }
        return (content.ToString(), all.ToString());
    }

    /// <summary>Whether <paramref name="acronym"/> spells the initials of <paramref name="longName"/> (content words, or all words).</summary>
    public static bool Matches(string acronym, string longName)
    {
        var letters = TextFold.Fold(acronym).Replace(" ", "");
        if (letters.Length < 2) return false;
        var words = TextFold.Fold(longName).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return false;
        Span<char> content = stackalloc char[Math.Min(words.Length, 32)];
        Span<char> all = stackalloc char[Math.Min(words.Length, 32)];
        int nc = 0, na = 0;
        foreach (var w in words)
        {
            if (na == all.Length) break;
            all[na++] = w[0];
            if (!NameKey.IsFunctionWord(w) && nc < content.Length) content[nc++] = w[0];
        }
        return letters.AsSpan().SequenceEqual(content[..nc]) || letters.AsSpan().SequenceEqual(all[..na]);
    }
}
