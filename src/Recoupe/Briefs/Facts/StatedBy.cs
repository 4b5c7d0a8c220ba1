using System.Collections.Frozen;
using Recoupe.Briefs.Analysis;
using Recoupe.Briefs.Claims;
using System.Text.RegularExpressions;
using Recoupe.Language;
using Recoupe.Mentions.Gazetteers;
using Recoupe.Model;

namespace Recoupe.Briefs.Facts;

/// <summary>
/// Who a cited sentence says the claim comes from, for counting independent sources: its attribution ("selon X", a quoted
/// speaker) or else the named subject of a verb of saying ("X a affirmé…", "X a démenti…", "X confirms…"): outlets that each
/// report that X said so relay one statement. Keys are made so that one origin named two ways is one key: a capital, its country
/// and its government stand for one origin ("Paris a démenti" / "la France a démenti" / "selon le gouvernement français"), read
/// from the gazetteer (<see cref="Places"/>, <see cref="GovernmentOf"/>); the entity resolver joins a capital to its country only
/// when the country is named in the story.
/// </summary>
internal static partial class StatedBy
{
    /// <summary>Words a saying verb may stand after its subject: auxiliaries, pronouns and negation ("X ne l'a pas confirmé").</summary>
    public const int MaxWordsBeforeVerb = 4;

    /// <summary>
    /// Verbs that report what someone asserts or denies, as written forms (present, past participle, imperfect, plural): their
    /// subject is the source of the claim. Forms, not stems, so that an adverb sharing a verb's stem ("notamment") is no verb.
    /// General French and English vocabulary.
    /// </summary>
    private static readonly FrozenSet<string> VerbForms = RegularForms(
            "déclar", "affirm", "annonc", "ajout", "indiqu", "précis", "expliqu", "estim", "soulign", "rapport", "assur", "confi",
            "confirm", "contest", "réfut", "rappel", "insist", "démentir:dément,démentent,démenti,démentait,démentaient")
        .Concat(["nie", "nient", "nié", "niait", "niaient", "reconnaît", "reconnaissent", "reconnu", "reconnaissait", "admet", "admettent",
            "admis", "admettait", "répète", "répètent", "répété", "répétait", "dit", "disent", "disait", "averti", "avertit", "prévenu",
            "said", "says", "told", "added", "stated", "announced", "declared", "denied", "denies", "confirmed", "confirms", "acknowledged",
            "acknowledges", "admitted", "admits", "insisted", "insists", "warned", "warns", "claimed", "claims", "reported"])
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The written forms of regular -er verbs from their stems ("affirm" → affirme, affirment, affirmé, affirmait…), or
    /// listed forms after a colon for an irregular verb.</summary>
    private static IEnumerable<string> RegularForms(params string[] stems)
    {
        foreach (var stem in stems)
        {
            int colon = stem.IndexOf(':');
            if (colon >= 0)
            {
                foreach (var form in stem[(colon + 1)..].Split(',')) yield return form;
                continue;
            }
            foreach (var ending in new[] { "e", "ent", "é", "ée", "és", "ées", "ait", "aient", "a", "èrent" })
                yield return (stem.EndsWith('c') && ending is "ait" or "aient" or "a" ? stem[..^1] + "ç" : stem) + ending;
        }
    }

    /// <summary>The origin key of a member (null when it names none) and the name to show for it.</summary>
    public static Attribution? Of(StoryCorpus corpus, ClaimFrame frame, SentenceUnit u)
    {
        if (frame.Attribution is { } a)
            // "selon le gouvernement italien": a source in words may be a government named by its country.
            return a.Key.StartsWith("t:", StringComparison.Ordinal) && GovernmentOf.Country(a.Name) is { } government ? a with { Key = "c:" + government }
                : PlaceNamedAsSource(u.Text) is { } country ? a with { Key = "c:" + country }
                : a.Key.StartsWith("t:", StringComparison.Ordinal) && (OfficeNames.Seat(a.Name) ?? OfficeNames.Described(a.Name)) is { } office
                    ? a with { Key = OfficeNames.Key(corpus, office) }
                : a with { Key = OriginKey(corpus, a.Key, places: false) };
        return SayingSubject(corpus, u);
    }

    /// <summary>
    /// One key for a resolved entity and the country it stands for: a country, its capital ("Vienne" for Austria), a government
    /// body named by its country ("ministère autrichien des Finances": <see cref="GovernmentOf"/>); else the key itself.
    /// </summary>
    /// <param name="places">Whether a place stands for its country: not for a "selon" source, whose entity may be the place of an
    /// office ("selon le parquet de Paris"); <see cref="PlaceNamedAsSource"/> reads those.</param>
    public static string OriginKey(StoryCorpus corpus, string key, bool places = true)
    {
        if (!key.StartsWith('e') || !int.TryParse(key.AsSpan(1), out var e) || e < 0 || e >= corpus.Entities.Length) return key;
        var entity = corpus.Entities[e].Entity;
        // "le Kremlin", "Bercy": a building that seats an office stands for its government.
        if (entity.Type is EntityType.Place or EntityType.Organization && OfficeNames.Seat(entity.Name) is { } seat) return OfficeNames.Key(corpus, seat);
        var country = entity.Type switch
        {
            EntityType.Place when places => CountryOf(entity.Name),
            EntityType.Organization => GovernmentOf.Country(entity.Name),
            _ => null,
        };
        return country is null ? key : "c:" + country;
    }

    /// <summary>
    /// <see cref="OriginKey"/> of entity <paramref name="e"/> ("e" + e, places standing for their country), made once per story: fact
    /// sources ask it for every entity of a member, for every pair of members, of every fact, per rebuild.
    /// </summary>
    public static string EntityOriginKey(StoryCorpus corpus, int e)
    {
        var keys = EntityKeys.GetValue(corpus, static c => new string?[c.Entities.Length]);
        if ((uint)e >= (uint)keys.Length) return OriginKey(corpus, "e" + e);
        return keys[e] ??= OriginKey(corpus, "e" + e);
    }

    /// <summary>Each story's entity origin keys (the corpus is immutable; a race makes one twice, alike).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<StoryCorpus, string?[]> EntityKeys = new();

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

    [GeneratedRegex(@"(?<![\p{L}])(?i:selon|d['’]après|according\s+to|citée?\s+par|citing)\s+(?:(?i:l['’]|la\s+|le\s+|les\s+|the\s+))?(?<x>\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?)(?![\p{L}\-])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PlaceSource();

    /// <summary>"selon Vienne", "d'après l'Autriche": the country of a capital or country named as the source itself, else null.</summary>
    internal static string? PlaceNamedAsSource(string sentence)
    {
        // No match timeout (it made answers depend on the machine's load): the pattern is linear, anchored on cue words.
        var m = PlaceSource().Match(sentence);
        return m.Success ? CountryOf(m.Groups["x"].Value) : null;
    }

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
            if (!MaySpeak(entity) || entity.Type == EntityType.Place && AfterOf(text, m.Span.Start)) continue;
            if (!VerbFollows(text, new TextSpan(m.Span.End, u.Span.End), language)) continue;
            return new Attribution(EntityOriginKey(corpus, e), entity.Name);
        }
        // "le gouvernement italien a démenti": a government in words, no entity. Read from the sentence's words alone, so kept with
        // the article's reading (a rebuild reads them for the new articles only).
        var reading = u.Reading;
        if ((reading is not null ? reading.GovernmentSubject(text, language) : GovernmentOf.Subject(text, u.Span, language)) is { } government)
            return new Attribution("c:" + government.Country, government.Name);
        // "la ministre de l'Économie a ajouté", "Bercy précise": an office by its holder's title or its building.
        if ((reading is not null ? reading.OfficeSubject(text, language) : OfficeNames.Subject(text, u.Span, language)) is { } office)
            return new Attribution(OfficeNames.Key(corpus, office.Office), office.Name);
        // "…, a annoncé le ministre de l'Intérieur", "…, said the mayor": the subject after the verb.
        return InvertedSubject.Of(corpus, u);
    }

    /// <summary>Whether an entity can be who states something: a person, an organisation, or a place standing for a government
    /// (a country, a capital, a building that seats an office).</summary>
    internal static bool MaySpeak(Entity entity) =>
        entity.Type is EntityType.Person or EntityType.Organization
        || entity.Type == EntityType.Place && (CountryOf(entity.Name) is not null || OfficeNames.Seat(entity.Name) is not null);

    /// <summary>Whether a lower-case word is a form of a verb of saying or stating.</summary>
    internal static bool IsSayingVerb(string lower) => VerbForms.Contains(lower);

    /// <summary>"le parquet de Paris", "the mayor of Vienna": a place named after "de" / "of" is where an office sits, not who speaks.</summary>
    private static bool AfterOf(string text, int start)
    {
        var before = text.AsSpan(Math.Max(0, start - 6), start - Math.Max(0, start - 6)).ToString().ToLowerInvariant();
        return before.EndsWith("de ", StringComparison.Ordinal) || before.EndsWith("du ", StringComparison.Ordinal) || before.EndsWith("d'", StringComparison.Ordinal)
               || before.EndsWith("d’", StringComparison.Ordinal) || before.EndsWith("of ", StringComparison.Ordinal) || before.EndsWith("de l'", StringComparison.Ordinal)
               || before.EndsWith("de la ", StringComparison.Ordinal) || before.EndsWith("de l’", StringComparison.Ordinal);
    }

    /// <summary>A saying or stating verb within <see cref="MaxWordsBeforeVerb"/> words after a name, with no punctuation between.</summary>
    internal static bool VerbFollows(string text, TextSpan after, string language)
    {
        int n = 0, last = after.Start, sinceVerb = -1;
        foreach (var w in Tokenizer.Tokenize(text, after))
        {
            if (sinceVerb >= 0)
            {
                // "declared a state of emergency", "a déclaré la guerre": an act, not what was said
                if (DeclaredActs.Contains(w.Lower)) return false;
                if (++sinceVerb > 2 || !Determiners.Contains(w.Lower)) return true;
                continue;
            }
            // A comma, a quotation mark or a bracket between: an apposition or another clause, not the name's own verb.
            if (text.AsSpan(last, w.Span.Start - last).IndexOfAny(",;:.!?()«»\"“”[]") >= 0) return false;
            last = w.Span.End;
            if (VerbForms.Contains(w.Lower))
            {
                if (!w.Lower.StartsWith("déclar", StringComparison.Ordinal) && !w.Lower.StartsWith("declar", StringComparison.Ordinal)) return true;
                sinceVerb = 0;
                continue;
            }
            if (++n > MaxWordsBeforeVerb) return false;
        }
        return sinceVerb >= 0;
    }

    // The tokenizer splits an elided article off its noun without the apostrophe ("l'état": "l", "état").
    private static readonly FrozenSet<string> Determiners = FrozenSet.Create(StringComparer.Ordinal,
        "l", "la", "le", "les", "un", "une", "sa", "son", "leur", "a", "an", "the", "his", "her", "its", "their");

    /// <summary>
    /// What one declares as an act rather than says — a state of emergency, a war, a bankruptcy, independence, a ceasefire, a
    /// candidacy — read right after "declare" / "déclarer" or its determiner. General French and English vocabulary.
    /// </summary>
    private static readonly FrozenSet<string> DeclaredActs = FrozenSet.Create(StringComparer.Ordinal,
        "état", "guerre", "faillite", "indépendance", "urgence", "forfait", "candidature", "cessez-le-feu", "trêve", "moratoire",
        "confinement", "catastrophe", "loi",
        "state", "war", "emergency", "bankruptcy", "independence", "victory", "ceasefire", "truce", "candidacy", "moratorium",
        "lockdown", "disaster", "martial");
}
