using Recoupe.Mentions.Gazetteers;
using Recoupe.Mentions.Lexicon;
using Recoupe.Model;

namespace Recoupe.Mentions.Quotes.Attribution;

/// <summary>
/// A person described by their people, not named (issue 13, session 13; <see cref="QuoteFeatureSwitches.DemonymSources"/>):
/// "», a ajouté le Suédois", "l'Allemande a répondu", "un Espagnol", "les Autrichiens". French writes these nouns
/// capitalised, so the recogniser reads them as places or names; as sources they are descriptions: the singular definite
/// one stands for a person of the story (the one the text calls by that people, else a person named before it of the
/// determiner's gender, else the last speaker), the indefinite and plural ones for nobody named.
/// </summary>
internal static class DemonymDescriptions
{
    // "trois Écossais", "aux Allemands": the plural determiners of Demonyms.IsPluralDemonym.
    private static readonly WordSet Determiners = new("le la l un une ce cet cette les des aux ces nos vos leurs quelques plusieurs deux trois quatre cinq mille");
    private static readonly WordSet DefiniteDeterminers = new("le la l ce cet cette les aux ces nos vos leurs");
    private static readonly WordSet PluralDeterminers = new("les des aux ces nos vos leurs quelques plusieurs deux trois quatre cinq mille");

    // Feminine forms made by adding "e" to the masculine ending ("Allemande", "Suédoise", "Italienne").
    private static readonly string[] FeminineEndings = ["aise", "oise", "aine", "ienne", "éenne", "ole", "ande", "iote", "arde", "ine", "ote", "ane"];
    private static readonly string[] MasculineBeforeE = ["ais", "ois", "ain", "and", "ol", "iot", "ard", "in", "ot", "an"];

    /// <summary>The description at token <paramref name="k"/> (the people noun; the determiner is the token before), or null.</summary>
    public static SourceCandidate? At(QuoteDocument doc, int k)
    {
        var tokens = doc.Tokens;
        var text = doc.Text;
        if (k <= 0) return null;
        var tok = tokens[k];
        var det = tokens[k - 1];
        if (!char.IsUpper(text[tok.Span.Start]) || !Determiners.Contains(det.Lower) || !OnlySpaceBetween(text, det.Span.End, tok.Span.Start)) return null;
        // "selon Le Vosgien" inside a sentence: a capitalised article belongs to a name (a newspaper), unless it opens the sentence.
        if (char.IsUpper(text[det.Span.Start]) && doc.FirstTokenAtOrAfter(doc.SentenceAt(det.Span.Start).Start) != k - 1) return null;
        // "le Norvégien Erik Lund": the people noun is the role of the name after it, which is the candidate.
        if (k + 1 < tokens.Length && char.IsUpper(text[tokens[k + 1].Span.Start]) && OnlySpaceBetween(text, tok.Span.End, tokens[k + 1].Span.Start)) return null;
        bool plural = PluralDeterminers.Contains(det.Lower);
        if (!IsPeopleNoun(tok.Lower, det.Lower, plural) || Places.Lookup(text.AsSpan(tok.Span.Start, tok.Span.Length)) is not null) return null;
        // A longer name holding the word ("la Guinée équatoriale", "les Verts européens") is no people noun.
        for (int e = doc.EntitiesBefore(tok.Span.Start - 200); e < doc.Entities.Count; e++)
        {
            var m = doc.Entities[e];
            if (m.Span.Start > tok.Span.End) break;
            if (m.Span.Overlaps(tok.Span) && (m.Span.Start < det.Span.Start || m.Span.End > tok.Span.End || m.Type == EntityType.Organization)) return null;
        }
        var kind = DefiniteDeterminers.Contains(det.Lower) ? SourceKind.Description : SourceKind.IndefiniteDescription;
        return new SourceCandidate(kind, new TextSpan(det.Span.Start, tok.Span.End), k - 1, k, null, GenderOf(det.Lower, tok.Lower), plural)
            { Demonym = true };
    }

    private static bool IsPeopleNoun(string lower, string detLower, bool plural)
    {
        if (!plural) return Demonyms.IsPeopleNounBeforeName(lower);
        return Demonyms.IsPluralDemonym(lower, detLower)
            || lower.Length > 4 && lower[^1] == 's' && Demonyms.IsPeopleNounBeforeName(lower[..^1]);
    }

    private static Gender GenderOf(string det, string noun)
    {
        switch (det)
        {
            case "la" or "une" or "cette": return Gender.Female;
            case "le" or "un" or "ce" or "cet": return Gender.Male;
        }
        var w = noun.Length > 4 && noun[^1] == 's' ? noun[..^1] : noun;
        foreach (var e in FeminineEndings)
            if (w.EndsWith(e, StringComparison.Ordinal)) return Gender.Female;
        return w[^1] == 'e' ? Gender.Unknown : Gender.Male; // "russe", "suisse": either
    }

    /// <summary>The masculine singular of a people word, capitalised or not: "Suédoises", "suédoise" → "suédois".</summary>
    public static string Stem(string lower)
    {
        var w = lower.Length > 4 && lower[^1] is 's' or 'x' && !lower.EndsWith("ais", StringComparison.Ordinal) && !lower.EndsWith("ois", StringComparison.Ordinal)
            ? lower[..^1] : lower;
        if (w.EndsWith("nne", StringComparison.Ordinal)) return w[..^2];
        if (w.Length > 4 && w[^1] == 'e')
            foreach (var e in MasculineBeforeE)
                if (w.AsSpan(0, w.Length - 1).EndsWith(e, StringComparison.Ordinal)) return w[..^1];
        return w;
    }

    /// <summary>
    /// The persons the text calls by the same people, nearest before the description first: the word right before a name
    /// ("le Suédois Lars Berg", "le coureur suédois Lars Berg") or apposed after one ("Lars Berg, le Suédois").
    /// </summary>
    public static IEnumerable<EntityMention> PersonsDescribed(QuoteDocument doc, SourceCandidate c)
    {
        var tokens = doc.Tokens;
        var stem = Stem(tokens[c.LastToken].Lower);
        var seen = new List<string>();
        for (int j = tokens.Length - 1; j >= 0; j--)
        {
            if (j == c.LastToken || tokens[j].Lower.Length < 4 || tokens[j].Lower[0] != stem[0] || Stem(tokens[j].Lower) != stem) continue;
            if (PersonNextTo(doc, tokens[j].Span) is { } m && !doc.InsideQuote(m.Span) && !seen.Contains(m.Key))
            {
                seen.Add(m.Key);
                if (tokens[j].Span.Start < c.Span.Start) yield return m;
            }
        }
    }

    // A person whose name starts at most three words after the people word, or ends right before it (a comma, an article between).
    private static EntityMention? PersonNextTo(QuoteDocument doc, TextSpan word)
    {
        int reachAfter = word.End + 40;
        for (int e = doc.EntitiesBefore(word.Start - 200); e < doc.Entities.Count; e++)
        {
            var m = doc.Entities[e];
            if (m.Span.Start >= reachAfter) break;
            if (m.Type != EntityType.Person) continue;
            if (m.Span.Start >= word.End && WordsBetween(doc.Text, word.End, m.Span.Start) <= 3) return m;
            if (m.Span.End <= word.Start && word.Start - m.Span.End <= 6 && doc.Text.AsSpan(m.Span.End, word.Start - m.Span.End).Contains(',')) return m;
        }
        return null;
    }

    private static int WordsBetween(string text, int from, int to)
    {
        int n = 0;
        bool inWord = false;
        for (int i = from; i < to; i++)
        {
            if (text[i] is '.' or ';' or '«' or '"' or '“' or '\n') return int.MaxValue;
            bool letter = char.IsLetter(text[i]);
            if (letter && !inWord) n++;
            inWord = letter;
        }
        return n;
    }

    private static bool OnlySpaceBetween(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('\'' or '’')) return false;
        return true;
    }
}
