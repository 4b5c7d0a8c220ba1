using System.Collections.Frozen;
using Recoupe.Briefs.Analysis;
using Recoupe.Briefs.Claims;
using Recoupe.Language;
using Recoupe.Model;

namespace Recoupe.Briefs.Facts;

/// <summary>
/// The source of a claim told before its verb of saying, the subject after it: "Trois sites fermeront, a annoncé le ministre de
/// l'Intérieur", "The plant will close, said Jane Roe". French news writes most relayed statements this way; the subject right
/// before the verb (<see cref="StatedBy"/>) misses them. The verb group must follow a comma (an incise), and the subject must
/// open what follows it: a person, organisation or country named there, a government, or an office (<see cref="OfficeNames"/>).
/// A pronoun ("a-t-il ajouté") names nobody here: the claim keeps no origin rather than a guessed one.
/// </summary>
internal static class InvertedSubject
{
    /// <summary>Auxiliaries and particles that may stand between the comma and the verb of saying ("ont", "a", "n'a pas").</summary>
    private static readonly FrozenSet<string> VerbGroup = new[]
    {
        "a", "ont", "avait", "avaient", "aura", "auraient", "aurait", "n", "ne", "pas", "l", "le", "y", "en", "encore", "également", "aussi", "has", "had", "have",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words the subject may open with ("le ministre", "the mayor", "M. X").</summary>
    private static readonly FrozenSet<string> Openers = new[] { "le", "la", "les", "l", "the", "m", "mme", "mr", "ms", "mrs" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words after which a name is spoken to or of, not the speaker.</summary>
    private static readonly FrozenSet<string> Prepositions = new[]
    {
        "à", "au", "aux", "de", "du", "des", "d", "sur", "par", "pour", "avec", "contre", "devant", "to", "of", "about", "on", "with", "by", "for",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static Attribution? Of(StoryCorpus corpus, SentenceUnit u)
    {
        var article = corpus.Articles[u.ArticleIndex];
        var text = article.Article.Text;
        // Most sentences have no verb of saying after a comma: their reading (kept with the article) says so once, and a rebuild
        // neither tokenizes them again nor looks further.
        if (u.Reading is { } reading && !reading.HasInvertedVerb(text)) return null;
        var tokens = Tokenizer.Tokenize(text, u.Span).ToList();
        for (int i = 1; i < tokens.Count - 1; i++)
        {
            if (!StatedBy.IsSayingVerb(tokens[i].Lower)) continue;
            int first = i;
            while (first > 0 && i - first < 3 && VerbGroup.Contains(tokens[first - 1].Lower)) first--;
            if (first == 0 || text.AsSpan(tokens[first - 1].Span.End, tokens[first].Span.Start - tokens[first - 1].Span.End).IndexOf(',') < 0) continue;
            var after = new TextSpan(tokens[i].Span.End, u.Span.End);
            if (Named(corpus, u, article, tokens, i) is { } named) return named;
            if (GovernmentOf.Opening(text, after) is { } government) return new Attribution("c:" + government.Country, government.Name);
            if (OfficeNames.Opening(text, after) is { } office) return new Attribution(OfficeNames.Key(corpus, office.Office), office.Name);
        }
        return null;
    }

    /// <summary>
    /// Whether the sentence has a verb of saying after a comma (its auxiliaries between), as <see cref="Of"/> looks for one before it
    /// reads who follows: read from the words alone, so it can be kept with the sentence's reading.
    /// </summary>
    public static bool HasVerbAfterComma(string text, TextSpan sentence)
    {
        var tokens = Tokenizer.Tokenize(text, sentence).ToList();
        for (int i = 1; i < tokens.Count - 1; i++)
        {
            if (!StatedBy.IsSayingVerb(tokens[i].Lower)) continue;
            int first = i;
            while (first > 0 && i - first < 3 && VerbGroup.Contains(tokens[first - 1].Lower)) first--;
            if (first == 0 || text.AsSpan(tokens[first - 1].Span.End, tokens[first].Span.Start - tokens[first - 1].Span.End).IndexOf(',') < 0) continue;
            return true;
        }
        return false;
    }

    /// <summary>A person, organisation or country whose mention starts within two words after the verb (an opener or a title
    /// before it), with nothing but words between.</summary>
    private static Attribution? Named(StoryCorpus corpus, SentenceUnit u, AnalyzedArticle article, List<Token> tokens, int verb)
    {
        var text = article.Article.Text;
        int limit = Math.Min(tokens.Count - 1, verb + 3);
        for (int k = verb + 1; k <= limit; k++)
        {
            if (text.AsSpan(tokens[k - 1].Span.End, tokens[k].Span.Start - tokens[k - 1].Span.End).IndexOfAny(",;:.!?()«»\"“”") >= 0) return null;
            foreach (var m in article.Annotations.Entities)
            {
                if (m.Span.Start != tokens[k].Span.Start || m.Span.End > u.Span.End) continue;
                int e = corpus.EntityOf(u.ArticleIndex, m);
                if (e < 0) continue;
                var entity = corpus.Entities[e].Entity;
                if (StatedBy.MaySpeak(entity)) return new Attribution(StatedBy.EntityOriginKey(corpus, e), entity.Name);
            }
            // Only an opener, a title or a day ("le président X", "M. X", "jeudi X") may stand before the name; after a
            // preposition it is the one spoken to or of ("a assuré à l'AFP", "a déclaré au sujet de X").
            if (Prepositions.Contains(tokens[k].Lower)) return null;
            if (k > verb + 1 && !Openers.Contains(tokens[k - 1].Lower) && !char.IsLower(text[tokens[k - 1].Span.Start])) return null;
        }
        return null;
    }
}
