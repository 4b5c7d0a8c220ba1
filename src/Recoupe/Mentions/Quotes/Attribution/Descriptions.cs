using Recoupe.Mentions.Gazetteers;
using Recoupe.Mentions.Lexicon;
using Recoupe.Model;

namespace Recoupe.Mentions.Quotes.Attribution;

/// <summary>
/// A source described, not named: a determiner, up to two modifiers and a source noun (<see cref="SourceNouns"/>),
/// with a following modifier or a short "de …"/"of …" complement: "le ministre", "un haut responsable américain",
/// "la porte-parole du ministère", "a senior official", "des manifestants"; bare English plurals ("officials said");
/// and "ce dernier", "the latter". A title right before a name is the name's role, not a description of its own.
/// </summary>
internal static class Descriptions
{
    private static readonly WordSet Definite = new("le la les l ce cet cette ces son sa ses leur leurs the this that these those his her its their notre nos");
    private static readonly WordSet Indefinite = new("un une des d a an some several many certains certaines plusieurs quelques other autres deux trois two three most");
    private static readonly WordSet NotModifiers = new(
        "de du des d à au aux en et ou qui que qu dont a ont est sont été avait avaient par pour sur dans avec " +
        "of to in on at by for and or who which that is are was were has have had be been not with from as");

    public static SourceCandidate? At(QuoteDocument doc, int k, List<SourceCandidate> found)
    {
        var tokens = doc.Tokens;
        var tok = tokens[k];
        var text = doc.Text;
        if (tok.Lower is "dernier" or "dernière" or "latter" && k > 0 && tokens[k - 1].Lower is "ce" or "cette" or "the")
            return new SourceCandidate(SourceKind.Description, new TextSpan(tokens[k - 1].Span.Start, tok.Span.End), k - 1, k, null,
                tok.Lower == "dernière" ? Gender.Female : tok.Lower == "dernier" ? Gender.Male : Gender.Unknown, false);
        if (!char.IsLower(text[tok.Span.Start]) || !doc.IsSourceNoun(k)) return null;

        // Back to the determiner, over at most two modifiers: "un haut responsable", "Republican officials".
        int first = k, det = -1;
        for (int j = k - 1; j >= 0 && j >= k - 3; j--)
        {
            if (!OnlySpaceBetween(text, tokens[j].Span.End, tokens[j + 1].Span.Start)) break;
            if (Definite.Contains(tokens[j].Lower) || Indefinite.Contains(tokens[j].Lower)) { det = j; first = j; break; }
            if (NotModifiers.Contains(tokens[j].Lower) || doc.IsCueWord(j) || SpeechCues.IsAuxiliary(tokens[j].Lower)) break;
            first = j;
        }
        bool plural = SourceNouns.LooksPlural(tok.Lower);
        if (det < 0 && !(plural && doc.Language == "en")) return null;
        bool definite = det >= 0 && Definite.Contains(tokens[det].Lower);

        // Forward: French adjectives ("américain", "interne"), then a short complement ("du Pentagone", "of the campaign").
        int last = k;
        for (int j = k + 1; j < tokens.Length && j <= k + 2; j++)
        {
            if (!OnlySpaceBetween(text, tokens[j - 1].Span.End, tokens[j].Span.Start)) break;
            var w = tokens[j].Lower;
            if (NotModifiers.Contains(w) || doc.IsCueWord(j) || !char.IsLower(text[tokens[j].Span.Start]) || !LooksAdjective(w)) break;
            last = j;
        }
        if (last + 2 < tokens.Length && tokens[last + 1].Lower is "de" or "du" or "des" or "d" or "of" or "for"
            && OnlySpaceBetween(text, tokens[last].Span.End, tokens[last + 1].Span.Start))
        {
            int j = last + 2;
            if (j < tokens.Length && tokens[j].Lower is "la" or "le" or "l" or "les" or "the") j++;
            if (j < tokens.Length && j <= last + 4) last = j;
        }
        var span = new TextSpan(tokens[first].Span.Start, tokens[last].Span.End);
        // "le ministre des Affaires étrangères Bernard Kouchner", "the senator, John Smith": the name's role.
        for (int e = doc.EntitiesBefore(span.Start - 200); e < doc.Entities.Count; e++)
        {
            var m = doc.Entities[e];
            if (m.Span.Start > span.End + 120) break;
            if (m.RoleSpan is { } role && role.Overlaps(span)) return null;
            if (m.Type == EntityType.Person && m.Span.Start >= span.End && OnlyPunctuationBetween(text, span.End, m.Span.Start)) return null;
            if (m.Span.Start <= tok.Span.Start && m.Span.End >= tok.Span.End) return null;
        }
        var gender = det >= 0 ? GenderOfDeterminer(tokens[det].Lower) : Gender.Unknown;
        if (gender == Gender.Unknown && TitleWords.IsTitle(tok.Lower, out var g)) gender = g;
        return new SourceCandidate(definite ? SourceKind.Description : SourceKind.IndefiniteDescription, span, first, last, null, gender, plural);
    }

    // The endings of French adjectives of nationality, function and kind ("américain", "chinois", "communiste", "local",
    // "judiciaire"); a verb after the noun ("l'inspection considère", "les policiers se") has none of them.
    private static readonly string[] AdjectiveEndings =
        ["ais", "aise", "ois", "oise", "ain", "aine", "ien", "ienne", "éen", "éenne", "ique", "al", "ale", "aux", "el", "elle",
         "aire", "iste", "if", "ive", "eux", "euse", "and", "ande", "ol", "ole", "ain", "ier", "ière", "ant", "ante", "ent", "ente", "é", "ée"];

    internal static bool LooksAdjective(string w)
    {
        var word = w.Length > 3 && w[^1] == 's' ? w[..^1] : w;
        foreach (var e in AdjectiveEndings)
            if (word.Length > e.Length + 2 && word.EndsWith(e, StringComparison.Ordinal)) return true;
        return false;
    }

    private static Gender GenderOfDeterminer(string det) => det switch
    {
        "la" or "une" or "cette" or "sa" => Gender.Female,
        "le" or "un" or "ce" or "cet" or "son" => Gender.Male,
        _ => Gender.Unknown,
    };

    private static bool OnlySpaceBetween(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('\'' or '’')) return false;
        return true;
    }

    private static bool OnlyPunctuationBetween(string text, int from, int to)
    {
        if (to - from > 3) return false;
        for (int i = from; i < to; i++)
            if (char.IsLetterOrDigit(text[i])) return false;
        return true;
    }
}
