using System.Collections.Frozen;
using Recoupe.Briefs.Analysis;
using Recoupe.Briefs.Claims;
using Recoupe.Language;
using Recoupe.Mentions.Gazetteers;
using Recoupe.Model;

namespace Recoupe.Briefs.Facts;

/// <summary>
/// Who a cited sentence says the claim comes from, for counting independent sources: its attribution ("selon X", a quoted
/// speaker) or else the named subject of a verb of saying ("X a affirmé…", "X a démenti…", "X confirms…"): outlets that each
/// report that X said so relay one statement. Keys are made so that one origin named two ways is one key: a capital, its country
/// and the country's name stand for one government ("Paris a démenti" / "la France a démenti"), read from the gazetteer
/// (<see cref="Places"/>), which the entity resolver uses only when the country is named in the story.
/// </summary>
internal static class StatedBy
{
    /// <summary>Words a saying verb may stand after its subject: auxiliaries, pronouns and negation ("X ne l'a pas confirmé").</summary>
    public const int MaxWordsBeforeVerb = 4;

    /// <summary>
    /// Verbs that report what someone asserts or denies without saying it in their words: with the saying verbs of
    /// <see cref="AttributionWords"/>, they make their subject the source of the claim. General French and English vocabulary.
    /// </summary>
    private static readonly string[] StatementVerbs =
    [
        "nié", "nie", "nient", "démenti", "dément", "démentent", "confirmé", "confirme", "confirment", "reconnu", "reconnaît", "reconnaissent",
        "admis", "admet", "contesté", "conteste", "réfuté", "réfute", "démentait", "niait", "confirmait", "annoncent", "affirment", "assurent",
        "déclarent", "indiquent", "précisent", "répété", "répète", "rappelé", "rappelle", "averti", "avertit", "prévenu", "insisté", "insiste",
        "denied", "denies", "confirmed", "confirms", "acknowledged", "acknowledges", "admitted", "admits", "insisted", "insists", "warned", "warns",
        "rejected", "disputed", "claimed", "claims", "reported",
    ];

    private static readonly FrozenSet<string> StatementStems = StatementVerbs
        .SelectMany(w => new[] { Stemmer.Stem(w, "fr"), Stemmer.Stem(w, "en"), w })
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The origin key of a member (null when it names none) and the name to show for it.</summary>
    public static Attribution? Of(StoryCorpus corpus, ClaimFrame frame, SentenceUnit u)
    {
        if (frame.Attribution is { } a) return a with { Key = OriginKey(corpus, a.Key) };
        return SayingSubject(corpus, u);
    }

    /// <summary>One key for a resolved place entity and the country it stands for (a capital for its country), else the key itself.</summary>
    public static string OriginKey(StoryCorpus corpus, string key)
    {
        if (!key.StartsWith('e') || !int.TryParse(key.AsSpan(1), out var e) || e < 0 || e >= corpus.Entities.Length) return key;
        var entity = corpus.Entities[e].Entity;
        return entity.Type == EntityType.Place && CountryOf(entity.Name) is { } country ? "c:" + country : key;
    }

    /// <summary>The country code a place name stands for when it is a country or a capital ("l'Autriche" too), else null.</summary>
    public static string? CountryOf(string name) => Places.Lookup(WithoutArticle(name)) switch
    {
        { Kind: PlaceKind.Country } p => p.Code,
        { Kind: PlaceKind.Capital, Country: { } c } => c,
        _ => null,
    };

    private static ReadOnlySpan<char> WithoutArticle(string name)
    {
        foreach (var article in LeadingArticles)
            if (name.Length > article.Length + 1 && name.StartsWith(article, StringComparison.OrdinalIgnoreCase)) return name.AsSpan(article.Length).TrimStart();
        return name;
    }

    private static readonly string[] LeadingArticles = ["l'", "l’", "la ", "le ", "les ", "the "];

    /// <summary>The first person, organisation or country named right before a verb of saying or stating, as an attribution.</summary>
    private static Attribution? SayingSubject(StoryCorpus corpus, SentenceUnit u)
    {
        var article = corpus.Articles[u.ArticleIndex];
        var text = article.Article.Text;
        var language = article.Article.Language;
        foreach (var m in article.Annotations.Entities)
        {
            if (m.Span.Start < u.Span.Start || m.Span.End > u.Span.End) continue;
            int e = corpus.EntityOf(u.ArticleIndex, m);
            if (e < 0) continue;
            var entity = corpus.Entities[e].Entity;
            if (entity.Type is not (EntityType.Person or EntityType.Organization or EntityType.Place)) continue;
            if (entity.Type == EntityType.Place && CountryOf(entity.Name) is null) continue;
            if (!VerbFollows(text, new TextSpan(m.Span.End, u.Span.End), language)) continue;
            return new Attribution(OriginKey(corpus, "e" + e), entity.Name);
        }
        return null;
    }

    /// <summary>A saying or stating verb within <see cref="MaxWordsBeforeVerb"/> words after a name, with no punctuation between.</summary>
    internal static bool VerbFollows(string text, TextSpan after, string language)
    {
        int n = 0, last = after.Start;
        foreach (var w in Tokenizer.Tokenize(text, after))
        {
            // A comma, a quotation mark or a bracket between: an apposition or another clause, not the name's own verb.
            if (text.AsSpan(last, w.Span.Start - last).IndexOfAny(",;:.!?()«»\"“”[]") >= 0) return false;
            last = w.Span.End;
            var stem = Stemmer.Stem(w.Lower, language);
            if (AttributionWords.IsSaying(stem) || StatementStems.Contains(stem) || StatementStems.Contains(w.Lower)) return true;
            if (++n > MaxWordsBeforeVerb) return false;
        }
        return false;
    }
}
