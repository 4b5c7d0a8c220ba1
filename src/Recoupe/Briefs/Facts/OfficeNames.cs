using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Recoupe.Briefs.Analysis;
using Recoupe.Language;
using Recoupe.Mentions.Names;
using Recoupe.Model;

namespace Recoupe.Briefs.Facts;

/// <summary>
/// An office of a state's executive named three ways in political news: by a description of its holder ("la ministre de
/// l'Économie", "the foreign minister"), by its ministry ("le ministère des Finances"), and by the building that seats it
/// ("Bercy", "le Quai d'Orsay", "the Pentagon"). As the origin of a claim the three are one voice: outlets relaying "Bercy
/// précise…" and "la ministre de l'Économie a ajouté…" relay one statement. General knowledge of institutions, written by us;
/// a seat names its country, a description may name it by an adjective ("le ministre italien de la Défense"); a description that
/// names none takes the country of the same office's seat named in the story, else stays without one.
/// </summary>
internal static class OfficeNames
{
    /// <summary>The office a name stands for, and its country when the name tells it (null otherwise).</summary>
    public readonly record struct Office(string Id, string? Country);

    /// <summary>Buildings and places that stand for an office (folded words), with the office and its country.</summary>
    private static readonly FrozenDictionary<string, Office> Seats = new Dictionary<string, Office>
    {
        ["elysee"] = new("head-of-state", "FR"), ["palais de l elysee"] = new("head-of-state", "FR"),
        ["matignon"] = new("head-of-government", "FR"), ["hotel matignon"] = new("head-of-government", "FR"),
        ["quai d orsay"] = new("foreign", "FR"), ["beauvau"] = new("interior", "FR"), ["place beauvau"] = new("interior", "FR"),
        ["bercy"] = new("economy", "FR"), ["chancellerie"] = new("justice", "FR"), ["place vendome"] = new("justice", "FR"),
        ["hotel de brienne"] = new("defence", "FR"), ["rue de grenelle"] = new("education", "FR"),
        ["maison blanche"] = new("head-of-state", "US"), ["white house"] = new("head-of-state", "US"),
        ["pentagone"] = new("defence", "US"), ["pentagon"] = new("defence", "US"),
        ["departement d etat"] = new("foreign", "US"), ["state department"] = new("foreign", "US"),
        ["kremlin"] = new("head-of-state", "RU"), ["downing street"] = new("head-of-government", "GB"),
        ["foreign office"] = new("foreign", "GB"), ["home office"] = new("interior", "GB"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Nouns that head a description of a minister or a ministry (folded).</summary>
    private static readonly FrozenSet<string> MinisterNouns = new[]
    {
        "ministre", "ministere", "minister", "ministry", "secretary", "department",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The words after or before a minister noun that say which office it is (folded).</summary>
    private static readonly FrozenDictionary<string, string> Portfolios = new Dictionary<string, string>
    {
        ["affaires etrangeres"] = "foreign", ["foreign"] = "foreign", ["interieur"] = "interior", ["interior"] = "interior",
        ["home"] = "interior", ["economie"] = "economy", ["finances"] = "economy", ["finance"] = "economy", ["treasury"] = "economy",
        ["justice"] = "justice", ["defense"] = "defence", ["defence"] = "defence", ["armees"] = "defence",
        ["education"] = "education", ["education nationale"] = "education", ["sante"] = "health", ["health"] = "health",
        ["travail"] = "labour", ["labour"] = "labour", ["labor"] = "labour",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Descriptions of a head of state or government that need no minister noun (folded words).</summary>
    private static readonly (string[] Words, string Office)[] Heads =
    [
        (["premier", "ministre"], "head-of-government"), (["prime", "minister"], "head-of-government"),
        (["chef", "du", "gouvernement"], "head-of-government"), (["president", "de", "la", "republique"], "head-of-state"),
        (["chef", "de", "l", "etat"], "head-of-state"), (["chef", "de", "la", "diplomatie"], "foreign"),
        (["garde", "des", "sceaux"], "justice"),
    ];

    /// <summary>Words that may stand between a minister noun and its portfolio ("ministre de l'Économie et des Finances").</summary>
    private static readonly FrozenSet<string> Joiners = new[] { "de", "des", "du", "d", "l", "la", "le", "et", "of", "the", "for" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The office a building or place name stands for ("Bercy", "le Kremlin"), else null.</summary>
    public static Office? Seat(string name)
    {
        var folded = TextFold.Fold(name);
        foreach (var article in (ReadOnlySpan<string>)["l ", "la ", "le ", "the ", "palais du ", "hotel du "])
            if (folded.StartsWith(article, StringComparison.Ordinal) && Seats.TryGetValue(folded[article.Length..], out var bare)) return bare;
        return Seats.TryGetValue(folded, out var office) ? office : null;
    }

    /// <summary>The office a description names ("la ministre de l'Économie", "the Russian defence minister"), else null.</summary>
    public static Office? Described(string words)
    {
        return Find(Folded(Tokenizer.Tokenize(words).ToList()), 0) is { } found ? found.Office : null;
    }

    /// <summary>
    /// An office named right before a verb of saying or stating ("Bercy précise…", "le ministre de l'Intérieur a annoncé…"): the
    /// office and the words that name it, else null.
    /// </summary>
    public static (Office Office, string Name)? Subject(string text, TextSpan sentence, string language)
    {
        var tokens = Tokenizer.Tokenize(text, sentence).ToList();
        var folded = Folded(tokens);
        for (int from = 0; from < folded.Length;)
        {
            if (Find(folded, from) is not { } found) return null;
            var end = tokens[found.Last].Span.End;
            if (StatedBy.VerbFollows(text, new TextSpan(end, sentence.End), language))
                return (found.Office, text[tokens[found.First].Span.Start..end]);
            from = found.Last + 1;
        }
        return null;
    }

    /// <summary>An office named at the start of <paramref name="span"/> (an article before it at most: "…, a
    /// précisé le ministre de l'Intérieur"): the office and the words that name it, else null.</summary>
    public static (Office Office, string Name)? Opening(string text, TextSpan span)
    {
        var tokens = Tokenizer.Tokenize(text, span).Take(12).ToList();
        var folded = Folded(tokens);
        // Only an article may stand before it: after a preposition the office is spoken to or of ("a déclaré au ministre").
        if (Find(folded, 0) is not { } found || found.First > 1 || found.First == 1 && folded[0] is not ("le" or "la" or "les" or "l" or "the")) return null;
        return (found.Office, text[tokens[found.First].Span.Start..tokens[found.Last].Span.End]);
    }

    /// <summary>
    /// The origin key of an office: its country's ("c:FR"), the key a country, its capital and its government share
    /// (<see cref="StatedBy.OriginKey"/>), so that "Bercy précise" and "Paris a démenti" name one government. One with no country
    /// written takes the country of the same office's seat among the story's entities ("la ministre de l'Économie" in a story that
    /// names Bercy is the French one); else the office alone ("o:interior").
    /// </summary>
    public static string Key(StoryCorpus corpus, Office office) =>
        (office.Country ?? (SeatCountries(corpus).TryGetValue(office.Id, out var c) ? c : null)) is { } country ? "c:" + country : "o:" + office.Id;

    private static readonly ConditionalWeakTable<StoryCorpus, Dictionary<string, string>> SeatCountriesOf = new();

    /// <summary>Per office, the country of its seat named in the story, when only one country's is.</summary>
    private static Dictionary<string, string> SeatCountries(StoryCorpus corpus) => SeatCountriesOf.GetValue(corpus, c =>
    {
        var found = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var e in c.Entities)
        {
            if (e.Entity.Type is not (EntityType.Place or EntityType.Organization) || Seat(e.Entity.Name) is not { Country: { } country } seat) continue;
            found[seat.Id] = found.TryGetValue(seat.Id, out var other) && other != country ? null : country;
        }
        return found.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value!, StringComparer.Ordinal);
    });

    /// <summary>The first office named in <paramref name="tokens"/> (folded) from <paramref name="from"/>, with its first and last tokens.</summary>
    private static (Office Office, int First, int Last)? Find(string[] tokens, int from)
    {
        for (int i = from; i < tokens.Length; i++)
        {
            foreach (var (words, id) in Heads)
                if (StartsAt(tokens, i, words))
                {
                    int last = i + words.Length - 1;
                    var country = last + 1 < tokens.Length ? GovernmentOf.AdjectiveCountry(tokens[last + 1]) : null;
                    return (new Office(id, country), i, country is null ? last : last + 1);
                }
            if (SeatAt(tokens, i) is (var seat, var span))
            {
                // "la chancellerie allemande": a seat word with another country's adjective is that country's government.
                var adjective = i + span < tokens.Length ? GovernmentOf.AdjectiveCountry(tokens[i + span]) : null;
                if (adjective is null || adjective == seat.Country) return (seat, i, i + span - 1);
                continue;
            }
            if (!MinisterNouns.Contains(tokens[i])) continue;
            if (Portfolio(tokens, i) is { } office) return office;
        }
        return null;
    }

    /// <summary>The portfolio of the minister noun at <paramref name="i"/>: words after it ("ministre italien de la Défense") or,
    /// in English, right before it ("the Russian defence minister").</summary>
    private static (Office Office, int First, int Last)? Portfolio(string[] tokens, int i)
    {
        string? country = null;
        for (int k = i + 1; k < tokens.Length && k <= i + 5; k++)
        {
            if (GovernmentOf.AdjectiveCountry(tokens[k]) is { } adjective) { country ??= adjective; continue; }
            if (k + 1 < tokens.Length && Portfolios.TryGetValue(tokens[k] + " " + tokens[k + 1], out var two)) return (new Office(two, country), i, k + 1);
            if (Portfolios.TryGetValue(tokens[k], out var one)) return (new Office(one, country), i, k);
            if (!Joiners.Contains(tokens[k])) break;
        }
        if (i > 0 && Portfolios.TryGetValue(tokens[i - 1], out var before))
        {
            var adjective = i > 1 ? GovernmentOf.AdjectiveCountry(tokens[i - 2]) : null;
            return (new Office(before, adjective), adjective is null ? i - 1 : i - 2, i);
        }
        return null;
    }

    /// <summary>Tokens case- and accent-folded as the lexicons are written ("l'Économie" → "l", "economie").</summary>
    private static string[] Folded(List<Token> tokens) => tokens.Select(t => TextFold.Fold(t.Lower)).ToArray();

    /// <summary>The seat whose name starts at token <paramref name="i"/> (one to three words, the shortest first), and its length.</summary>
    private static (Office Seat, int Span)? SeatAt(string[] tokens, int i)
    {
        var words = tokens[i];
        for (int span = 1; span <= 3 && i + span <= tokens.Length; span++)
        {
            if (span > 1) words += " " + tokens[i + span - 1];
            if (Seats.TryGetValue(words, out var seat)) return (seat, span);
        }
        return null;
    }

    private static bool StartsAt(string[] tokens, int i, string[] words)
    {
        if (i + words.Length > tokens.Length) return false;
        for (int k = 0; k < words.Length; k++)
            if (tokens[i + k] != words[k]) return false;
        return true;
    }
}
