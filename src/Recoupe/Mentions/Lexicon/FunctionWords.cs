using Recoupe.Language;
using Recoupe.Mentions.Names;

namespace Recoupe.Mentions.Lexicon;

/// <summary>
/// Words that are capitalised only because they start a sentence or a heading: stopwords of French and English
/// and usual sentence openers. They are stripped from the front of a capitalised run.
/// </summary>
public static class FunctionWords
{
    private static readonly WordSet Openers = new(
        "selon mais quant pour après avant lors dans depuis alors ainsi cependant toutefois pourtant enfin puis désormais " +
        "aujourd'hui aujourd hier demain ici voici voilà tandis comme si par sur sous vers chez contre entre malgré sans " +
        "cette ces ce cet celle celui ceux celles tout toute tous toutes chaque plusieurs certains certaines aucun aucune autre autres quelque " +
        "dès face outre parmi pendant près afin lorsque lorsqu puisque quand où dont leur leurs notre nos votre vos " +
        "citant interrogé interrogée selon d'après also according after before however meanwhile but and or while when as for " +
        "with without during since until yet though although despite because if unless this that these those there here " +
        "his her their its our your my we they he she it you i what which who whom whose why how where " +
        "mr mrs ms dr prof sir madame monsieur oui non no yes ok merci thanks bien très plus moins déjà encore " +
        "un une le la les l des du de d à au aux en et ou ni the a an of in on at to from by");

    /// <summary>Whether a capitalised word is a function word or a sentence opener (not the start of a name).</summary>
    public static bool IsFunctionWord(string lower, string language) =>
        Stopwords.IsStopword(lower, language) || Stopwords.IsStopword(lower, "fr") || Stopwords.IsStopword(lower, "en") || Openers.Contains(lower);

    /// <summary>Name particles allowed inside a name between capitalised words: "Corée du Nord", "van der Berg", "bin Salman".</summary>
    public static bool IsParticle(string lower) => Particles.Contains(lower);

    private static readonly WordSet Particles = new("de du des d la le von van der den ter di da dos das del della al el bin ben ibn y of");

    /// <summary>Determiners that precede institutions and places but rarely a person's bare name.</summary>
    public static bool IsDefiniteArticle(string lower) => Articles.Contains(lower);

    private static readonly WordSet Articles = new("le la les l du au the");

    /// <summary>Prepositions of place: "à Moscou", "en Russie", "in Moscow".</summary>
    public static bool IsPlacePreposition(string lower) => PlacePrepositions.Contains(lower);

    private static readonly WordSet PlacePrepositions = new("à au aux en dans vers depuis jusqu in at near");

    internal static string Fold(string w) => TextFold.Fold(w);
}
