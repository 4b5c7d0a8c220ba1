using Recoupe.Mentions.Lexicon;
using Recoupe.Model;

namespace Recoupe.Mentions.Quotes.Attribution;

/// <summary>
/// Who a writing speaks for (<see cref="QuoteFeatureSwitches.WritingAuthors"/>; issue 13, session 14). A report names its
/// author in its complement, often a body the recogniser does not find whole ("un rapport interne de l'Office régional
/// des Transports", "a memo from the Budget Office"): the author is the name that runs after "de"/"of"/"from"/"by",
/// past the writing's own modifiers, capitalised words and the links between them. A writing taken up later by any
/// other writing noun ("le document", "la note", "the report") speaks for the last author named so in the window.
/// </summary>
internal static class WritingAuthors
{
    private const int ParagraphsBack = 6, SentencesBack = 10;
    private const int MaxModifiers = 2, MaxNameTokens = 9;

    /// <summary>An author: a recognised entity, or else the span of a name the recogniser missed.</summary>
    public readonly record struct Author(EntityMention? Entity, TextSpan Name);

    /// <summary>
    /// The author named in the complement of the writing noun at token <paramref name="noun"/>: after at most two
    /// lower-case modifiers, a link ("de", "du", "des", "d", "par" after a participle, "of", "from", "by"), an optional article, then a name that
    /// opens capitalised. A person or organisation the recogniser found there is the author; else the name's words.
    /// </summary>
    public static Author? Of(QuoteDocument doc, int noun)
    {
        var tokens = doc.Tokens;
        var text = doc.Text;
        int j = noun + 1;
        for (int m = 0; m < MaxModifiers && j < tokens.Length && Joined(doc, j - 1, j) && IsModifier(doc, j); m++) j++;
        if (j >= tokens.Length || !IsLink(tokens[j].Lower) || !Joined(doc, j - 1, j)) return null;
        j++;
        if (j < tokens.Length && IsArticle(tokens[j].Lower) && Joined(doc, j - 1, j)) j++;
        if (j >= tokens.Length || !Joined(doc, j - 1, j) || !char.IsUpper(text[tokens[j].Span.Start])) return null;
        int start = j, end = j;
        // The name goes on over capitalised words, lower-case modifiers ("Office régional") and links followed by
        // a capitalised word ("de la Caisse"); it ends on its last capitalised word or modifier.
        for (int w = j + 1; w < tokens.Length && w < start + MaxNameTokens && Joined(doc, w - 1, w); w++)
        {
            var lower = tokens[w].Lower;
            if (char.IsUpper(text[tokens[w].Span.Start])) { end = w; continue; }
            if (IsLink(lower) || IsArticle(lower)) continue;
            if (w == end + 1 && IsModifier(doc, w)) { end = w; continue; }
            break;
        }
        var name = new TextSpan(tokens[start].Span.Start, tokens[end].Span.End);
        for (int e = doc.EntitiesBefore(name.Start - 200); e < doc.Entities.Count; e++)
        {
            var m = doc.Entities[e];
            if (m.Span.Start >= name.End) break;
            if (m.Span.End <= name.Start) continue;
            // The recogniser's entity is the author when it is the name (or starts it), or a person in it ("une lettre de
            // Mme X"); an organisation further in is part of a longer body's name ("l'Office régional de la Mutuelle").
            if (m.Type == EntityType.Person || m.Type == EntityType.Organization && m.Span.Start == name.Start)
                return new Author(m, m.Span);
        }
        return new Author(null, name);
    }

    /// <summary>
    /// The author of the last writing before the description that named one in its complement, in the window of the
    /// chain resolver (six paragraphs, ten sentences): "Un rapport de X dénonce … Le document ajoute" reads X.
    /// </summary>
    public static Author? Earlier(QuoteDocument doc, SourceCandidate c)
    {
        var tokens = doc.Tokens;
        int stop = Math.Max(0, doc.LookBack(c.Span.Start, ParagraphsBack, SentencesBack));
        for (int k = c.FirstToken - 1; k >= 0 && tokens[k].Span.Start >= stop; k--)
        {
            if (!char.IsLower(doc.Text[tokens[k].Span.Start]) || doc.InsideQuote(tokens[k].Span)) continue;
            var lower = tokens[k].Lower;
            if (!SourceNouns.IsWriting(lower) && !(lower.Length > 3 && lower[^1] == 's' && SourceNouns.IsWriting(lower[..^1]))) continue;
            if (Of(doc, k) is { } author) return author;
        }
        return null;
    }

    private static bool IsModifier(QuoteDocument doc, int k)
    {
        var lower = doc.Tokens[k].Lower;
        if (!char.IsLower(doc.Text[doc.Tokens[k].Span.Start]) || lower.Length < 4) return false;
        if (IsLink(lower) || IsArticle(lower) || FunctionWords.IsFunctionWord(lower, doc.Language) || SpeechCues.IsAuxiliary(lower) || doc.IsCueWord(k)) return false;
        return Descriptions.LooksAdjective(lower);
    }

    private static bool IsLink(string lower) => lower is "de" or "du" or "des" or "d" or "par" or "of" or "from" or "by";
    private static bool IsArticle(string lower) => lower is "le" or "la" or "les" or "l" or "the";

    private static bool Joined(QuoteDocument doc, int a, int b)
    {
        for (int i = doc.Tokens[a].Span.End; i < doc.Tokens[b].Span.Start; i++)
            if (!char.IsWhiteSpace(doc.Text[i]) && doc.Text[i] is not ('\'' or '’')) return false;
        return true;
    }
}
