using Recoupe.Language;
using Recoupe.Mentions.Gazetteers;
using Recoupe.Mentions.Lexicon;
using Recoupe.Model;

namespace Recoupe.Mentions.Quotes;

/// <summary>
/// The grammatical gender a document gives a person, for matching "elle"/"she" to a speaker: from the role
/// ("La porte-parole", "une porte-parole", "l'ambassadrice", "spokeswoman"), an honorific (Mme, Mr) or the
/// first name. Pooled over all mentions with the same key: "Holtby" is female once "La porte-parole ..., Marianne Holtby" is.
/// </summary>
public static class PersonGender
{
    public static Dictionary<string, Gender> ByKey(string text, IReadOnlyList<EntityMention> entities)
    {
        var result = new Dictionary<string, Gender>(StringComparer.Ordinal);
        foreach (var m in entities)
        {
            if (m.Type != EntityType.Person) continue;
            var g = Of(text, m);
            if (g == Gender.Unknown) continue;
            if (result.TryGetValue(m.Key, out var known) && known != g) result[m.Key] = Gender.Unknown; // conflicting clues
            else result.TryAdd(m.Key, g);
        }
        return result;
    }

    public static Gender Of(string text, EntityMention m)
    {
        var fromRole = Gender.Unknown;
        if (m.RoleSpan is { } role)
        {
            fromRole = FromWords(text, role);
            // The determiner just before a role placed before the name: "La porte-parole ..., X".
            if (fromRole == Gender.Unknown && role.End <= m.Span.Start) fromRole = FromDeterminerBefore(text, role.Start);
        }
        var fromName = GivenNames.GenderOf(m.Name.Split(' ')[0]) ?? Gender.Unknown;
        // "Le maire de la commune, Jeanne Roux": French names many offices in the masculine whoever holds them, so a masculine
        // role is weaker evidence than a woman's given name; a feminine role ("la maire", "l'ambassadrice") is not.
        if (fromRole == Gender.Male && fromName == Gender.Female) return Gender.Female;
        return fromRole != Gender.Unknown ? fromRole : fromName;
    }

    private static Gender FromWords(string text, TextSpan span)
    {
        bool first = true;
        foreach (var t in Tokenizer.Tokenize(text, span))
        {
            if (first)
            {
                first = false;
                if (t.Lower is "la" or "une" or "cette") return Gender.Female;
                if (t.Lower is "le" or "un" or "ce") return Gender.Male;
            }
            if (TitleWords.IsTitle(t.Lower, out var g) && g != Gender.Unknown) return g;
        }
        return Gender.Unknown;
    }

    private static Gender FromDeterminerBefore(string text, int position)
    {
        int e = position;
        while (e > 0 && char.IsWhiteSpace(text[e - 1])) e--;
        int s = e;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        var word = text.AsSpan(s, e - s);
        if (word.Equals("la", StringComparison.OrdinalIgnoreCase) || word.Equals("une", StringComparison.OrdinalIgnoreCase)) return Gender.Female;
        if (word.Equals("le", StringComparison.OrdinalIgnoreCase) || word.Equals("un", StringComparison.OrdinalIgnoreCase)) return Gender.Male;
        return Gender.Unknown;
    }

    /// <summary>The gender a subject pronoun asks for; null when it is not a singular personal pronoun.</summary>
    public static Gender? OfPronoun(string lower) => lower switch
    {
        "il" or "lui" or "he" or "him" => Gender.Male,
        "elle" or "she" or "her" => Gender.Female,
        _ => null,
    };
}
