using System.Collections.Frozen;
using Recoupe.Language;
using Recoupe.Mentions.Gazetteers;

namespace Recoupe.Briefs.Facts;

/// <summary>
/// "Le gouvernement italien", "les autorités de l'Autriche", "the Austrian government": a government named by its country. As a
/// source of a claim it is the same origin as the country or its capital ("selon Rome" / "selon le gouvernement italien"). The
/// country comes from the gazetteer (<see cref="Places"/>): a country or capital name after "de", or an adjective made from a
/// country name by a usual ending ("itali-en", "franç-ais", "espagn-ol", "austr-ian"); an adjective that no ending leads back to
/// a country name ("allemand") is not read.
/// </summary>
internal static class GovernmentOf
{
    /// <summary>Nouns that name a state's executive or its services: what a country stands for when it is a source.</summary>
    private static readonly FrozenSet<string> GovernmentNouns = new[]
    {
        "gouvernement", "autorités", "exécutif", "diplomatie", "chancellerie", "présidence", "ministère", "government", "authorities",
        "administration", "officials", "ministry",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Endings of adjectives of nationality (French and English), longest first.</summary>
    private static readonly string[] Endings =
    [
        "iennes", "ienne", "iens", "aises", "oises", "aines", "aise", "oise", "aine", "ains", "ien", "ais", "ois", "ain", "ols", "ole", "ol",
        "ians", "ian", "ese", "es", "an", "e",
    ];

    /// <summary>What a stem may have lost of the country's name: its last letters ("Itali(e)" → "itali-en", "Canad(a)" → "canad-ien", "Portug(al)" → "portug-ais").</summary>
    private static readonly string[] NameEndings = ["", "e", "ie", "ue", "i", "a", "ia", "al"];

    private static readonly FrozenSet<string> Of_ = new[] { "de", "du", "d", "of", "l", "la", "le", "the" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The country code of a government named in <paramref name="words"/> ("les autorités italiennes"), else null.</summary>
    public static string? Country(string words) =>
        Find(Tokenizer.Tokenize(words).ToList()) is { } found ? found.Country : null;

    /// <summary>
    /// A government named by its country right before a verb of saying or stating ("le gouvernement italien a démenti"): the
    /// country code and the words that name it, else null.
    /// </summary>
    public static (string Country, string Name)? Subject(string text, Model.TextSpan sentence, string language)
    {
        var tokens = Tokenizer.Tokenize(text, sentence).ToList();
        for (int from = 0; from < tokens.Count;)
        {
            if (Find(tokens, from) is not { } found) return null;
            var end = tokens[found.Last].Span.End;
            if (StatedBy.VerbFollows(text, new Model.TextSpan(end, sentence.End), language))
                return (found.Country, text[tokens[found.First].Span.Start..end]);
            from = found.Last + 1;
        }
        return null;
    }

    /// <summary>A government named at the start of <paramref name="span"/> (an article before it at most: "…, a démenti le
    /// gouvernement italien"): the country and the words that name it, else null.</summary>
    public static (string Country, string Name)? Opening(string text, Model.TextSpan span)
    {
        var tokens = Tokenizer.Tokenize(text, span).Take(8).ToList();
        // Only articles may stand before it: after a preposition the government is spoken to or of ("a déclaré au gouvernement").
        if (Find(tokens) is not { } found || tokens.Take(found.First).Any(t => t.Lower is not ("le" or "la" or "les" or "l'" or "l’" or "l" or "the"))) return null;
        return (found.Country, text[tokens[found.First].Span.Start..tokens[found.Last].Span.End]);
    }

    /// <summary>The first government noun from <paramref name="from"/> with its country: the country, and the first and last tokens naming them.</summary>
    private static (string Country, int First, int Last)? Find(List<Token> tokens, int from = 0)
    {
        for (int i = from; i < tokens.Count; i++)
        {
            if (!GovernmentNouns.Contains(tokens[i].Lower)) continue;
            // "the Austrian government": the adjective before the noun.
            if (i > 0 && AdjectiveCountry(tokens[i - 1].Lower) is { } before) return (before, i - 1, i);
            for (int k = i + 1; k < tokens.Count && k <= i + 4; k++)
            {
                if (AdjectiveCountry(tokens[k].Lower) is { } adjective) return (adjective, i, k);
                if (StatedBy.CountryOf(tokens[k].Lower) is { } named) return (named, i, k);
                if (!Of_.Contains(tokens[k].Lower)) break;
            }
        }
        return null;
    }

    /// <summary>The country a nationality adjective is made from ("italiennes" → IT), or null.</summary>
    public static string? AdjectiveCountry(string lower)
    {
        if (lower.Length < 5) return null;
        foreach (var ending in Endings)
        {
            if (!lower.EndsWith(ending, StringComparison.Ordinal) || lower.Length - ending.Length < 3) continue;
            var stem = lower[..^ending.Length];
            foreach (var tail in NameEndings)
                if (Places.Lookup(stem + tail) is { Kind: PlaceKind.Country } p) return p.Code;
        }
        return null;
    }
}
