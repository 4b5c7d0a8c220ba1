using Recoupe.Language;
using Recoupe.Mentions.Gazetteers;
using Recoupe.Mentions.Lexicon;
using Recoupe.Model;

namespace Recoupe.Mentions.Quotes.Attribution;

/// <summary>
/// Speakers written in lower case, which the name recogniser (capitals first) misses: a house style may write a
/// religious or honorific name as a common noun (invented example: "le grand sachem a déclaré", "a ajouté le grand
/// sachem"). A run of two lower-case words after a definite article (the second no adjective) counts as a name when it is once the
/// subject of a speech verb (right before it, or right after an inverted cue) and recurs at least
/// <see cref="MinOccurrences"/> times outside quotations: a description the speech verb's subject would be is a
/// source noun (<see cref="SourceNouns"/>, read as a description elsewhere), and a passing common noun seldom recurs.
/// Every occurrence becomes a person mention, so pronouns, "ce dernier" and titled descriptions can resolve to it and
/// the last speaker carries on through it like any named one. Its key is the words, marked as not the recogniser's
/// (consumers that find no entity with it fall back to the speaker's name).
/// </summary>
internal static class UnrecognisedNames
{
    public const int MinOccurrences = 3;
    private const int MaxWords = 2;
    public const string KeyPrefix = "~lc:";

    public static List<EntityMention> Find(string text, Token[] tokens, string language, List<EntityMention> entities, Func<TextSpan, bool> insideQuote)
    {
        var found = new List<EntityMention>();
        HashSet<string>? phrases = null;
        for (int k = 0; k + 1 < tokens.Length; k++)
        {
            if (!IsDeterminer(tokens[k].Lower)) continue;
            int n = Run(text, tokens, k + 1, language);
            if (n == 0) continue;
            int after = k + 1 + n;
            bool subject = after < tokens.Length && (SpeechCues.IsCueWord(tokens[after].Lower)
                || SpeechCues.IsAuxiliary(tokens[after].Lower) && after + 1 < tokens.Length && SpeechCues.IsCueWord(tokens[after + 1].Lower));
            bool inverted = k > 0 && SpeechCues.IsCueWord(tokens[k - 1].Lower);
            if (!subject && !inverted) continue;
            var span = new TextSpan(tokens[k + 1].Span.Start, tokens[after - 1].Span.End);
            if (insideQuote(span)) continue;
            (phrases ??= new HashSet<string>(StringComparer.Ordinal)).Add(Words(tokens, k + 1, n));
        }
        if (phrases is null) return found;
        foreach (var phrase in phrases)
        {
            var words = phrase.Split(' ');
            if (CommonNounUse(tokens, words[0])) continue;
            var spans = new List<TextSpan>();
            for (int k = 0; k + words.Length <= tokens.Length; k++)
            {
                if (!Matches(tokens, k, words) || !char.IsLower(text[tokens[k].Span.Start])) continue;
                // The whole run, not a part of a longer one ("le grand sachem" is not "le grand").
                if (k + words.Length < tokens.Length && Run(text, tokens, k, language) != words.Length) continue;
                var span = new TextSpan(tokens[k].Span.Start, tokens[k + words.Length - 1].Span.End);
                if (!insideQuote(span) && !Overlaps(entities, span)) spans.Add(span);
            }
            if (spans.Count < MinOccurrences) continue;
            var name = spans[0].Of(text);
            foreach (var s in spans) found.Add(new EntityMention(s, EntityType.Person, name, KeyPrefix + phrase));
        }
        return found;
    }

    // A common noun shows itself with other determiners or in the plural somewhere in the document ("un dossier",
    // "ce dossier", "son dossier", "les dossiers"); a name written in lower case takes only the definite article.
    private static bool CommonNounUse(Token[] tokens, string word)
    {
        string plural = word + "s", pluralX = word + "x";
        for (int k = 0; k < tokens.Length; k++)
        {
            var w = tokens[k].Lower;
            if (w == plural || w == pluralX) return true;
            if (w == word && k > 0 && NotNameDeterminers.Contains(tokens[k - 1].Lower)) return true;
        }
        return false;
    }

    private static readonly WordSet NotNameDeterminers = new(
        "un une ce cet cette ces son sa ses leur leurs mon ma mes notre nos votre vos autre chaque quel quelle tout toute aucun aucune nouveau nouvelle " +
        "a an this that these those his her its their my our your another every each any no");

    /// <summary>
    /// The gender the articles before the names give them ("le", "du", "au": male; "la": female), when all that say one
    /// agree: the recogniser's gender clues (first names, honorifics) do not reach these names.
    /// </summary>
    public static IEnumerable<(string Key, Gender Gender)> Genders(string text, Token[] tokens, List<EntityMention> names)
    {
        var result = new Dictionary<string, Gender>(StringComparer.Ordinal);
        int k = 0;
        foreach (var m in names.OrderBy(n => n.Span.Start))
        {
            while (k < tokens.Length && tokens[k].Span.Start < m.Span.Start) k++;
            if (k == 0) continue;
            var g = tokens[k - 1].Lower switch { "le" or "du" or "au" => Gender.Male, "la" => Gender.Female, _ => Gender.Unknown };
            if (g == Gender.Unknown) continue;
            result[m.Key] = result.TryGetValue(m.Key, out var known) && known != g ? Gender.Unknown : g;
        }
        foreach (var (key, g) in result)
            if (g != Gender.Unknown) yield return (key, g);
    }

    private static bool IsDeterminer(string lower) => lower is "le" or "la" or "l" or "the";

    // How many lower-case words from k could be a name (none of them a function word, source noun, title or verb).
    private static int Run(string text, Token[] tokens, int k, string language)
    {
        int n = 0;
        while (n < MaxWords && k + n < tokens.Length)
        {
            var t = tokens[k + n];
            if (n > 0 && t.Span.Start - tokens[k + n - 1].Span.End != 1) break;
            if (!NameLike(text, t, language)) break;
            n++;
        }
        // Two words exactly: one lower-case word after an article is nearly always a common noun ("la banque"), and a
        // second that reads as an adjective makes a description ("la banque centrale").
        if (n != MaxWords || Descriptions.LooksAdjective(tokens[k + 1].Lower)) return 0;
        // The name is the whole noun phrase: a capitalised word or a title right after makes the run a modifier ("le prix
        // Nobel", "l'ancien ministre"); any other word may follow ("le X Y doit", "le X Y devant"): adjective endings
        // would also reject prepositions and verbs.
        if (k + n < tokens.Length && tokens[k + n].Span.Start - tokens[k + n - 1].Span.End == 1)
        {
            var next = tokens[k + n];
            if (char.IsUpper(text[next.Span.Start]) || char.IsDigit(text[next.Span.Start]) || SourceNouns.Contains(next.Lower)) return 0;
        }
        return n;
    }

    private static bool NameLike(string text, Token t, string language)
    {
        var w = t.Lower;
        if (w.Length < 3 || !char.IsLower(text[t.Span.Start])) return false;
        foreach (var c in w) if (!char.IsLetter(c) && c != '-') return false;
        return !FunctionWords.IsFunctionWord(w, language) && !SourceNouns.Contains(w) && !TitleWords.IsTitle(w)
            && !SpeechCues.IsCueWord(w) && !SpeechCues.IsAuxiliary(w) && SpeechCues.InvertedPronoun(w) is null;
    }

    private static string Words(Token[] tokens, int k, int n) => n == 1 ? tokens[k].Lower : tokens[k].Lower + " " + tokens[k + 1].Lower;

    private static bool Matches(Token[] tokens, int k, string[] words)
    {
        for (int i = 0; i < words.Length; i++)
            if (tokens[k + i].Lower != words[i]) return false;
        return true;
    }

    private static bool Overlaps(List<EntityMention> entities, TextSpan span)
    {
        foreach (var e in entities) if (e.Span.Overlaps(span)) return true;
        return false;
    }
}
