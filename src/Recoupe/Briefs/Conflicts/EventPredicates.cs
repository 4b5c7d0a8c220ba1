using System.Collections.Frozen;
using Recoupe.Language;

namespace Recoupe.Briefs.Conflicts;

/// <summary>
/// Classes of event words that outlets use interchangeably for one predicate ("visite" / "s'est rendu" /
/// "visited"): two sentences share a predicate when they share a content stem or one of these classes.
/// Words are stemmed at start-up with the same stemmers as the text, in French and English (the story's
/// main languages); a class has an English label to name what a conflict is about.
/// </summary>
internal static class EventPredicates
{
    /// <summary>The classes, also the core of the wider <see cref="Analysis.ParaphraseFamilies"/> used to align statements.</summary>
    internal static readonly (string Label, string[] Words)[] Classes =
    [
        ("visit", ["visite", "visites", "visiter", "visité", "rendu", "rendue", "rendre", "déplacement", "voyage", "voyagé", "séjour", "visit", "visited", "visiting", "travelled", "traveled", "trip"]),
        ("meeting", ["rencontre", "rencontrer", "rencontré", "sommet", "entretien", "entretenu", "réunion", "réuni", "meet", "meeting", "summit"]),
        ("death toll", ["mort", "morts", "tué", "tués", "tuées", "décès", "décédé", "victime", "victimes", "killed", "dead", "deaths", "died", "victims",
            "drowned", "perished", "fatalities"]),
        ("injuries", ["blessé", "blessés", "blessées", "injured", "wounded", "injuries"]),
        ("arrest", ["arrêté", "arrêtés", "interpellé", "interpellés", "arrestation", "arrested", "detained", "arrest"]),
        ("election", ["élu", "élue", "élection", "scrutin", "remporté", "elected", "election", "won", "vote"]),
        ("signing", ["signé", "signature", "signed", "signing"]),
        ("launch", ["tir", "tiré", "tirés", "lancé", "lancés", "lancement", "fired", "launched", "launch"]),
        ("attack", ["attaque", "attentat", "frappe", "frappes", "attack", "attacked", "strike", "strikes", "bombing"]),
        ("release", ["libéré", "libérés", "libération", "released", "freed", "release"]),
        ("resignation", ["démission", "démissionné", "resigned", "resignation"]),
        // People made to leave a place, rescued, or not found: counts that outlets report of a disaster as they do its toll
        // ("4 000 personnes évacuées", "some 300 residents were rescued", "12 people are still missing").
        ("evacuation", ["évacué", "évacués", "évacuée", "évacuées", "évacuation", "évacuations", "évacuer", "evacuated", "evacuation",
            "evacuations", "evacuate", "evacuees", "displaced", "relocated", "fled"]),
        ("rescue", ["secouru", "secourus", "secourues", "rescued", "rescue", "rescues"]),
        ("missing", ["disparus", "disparues", "missing", "unaccounted"]),
    ];

    /// <summary>
    /// Classes whose figures count people a story's event befell (the dead, the injured, the arrested, the evacuated…): the figure is
    /// the event's own, told of no named subject ("13 morts", "more than 4,000 people were evacuated"), and restated as it grows.
    /// </summary>
    public static bool IsPeopleCount(string? label) =>
        label is "death toll" or "injuries" or "arrest" or "evacuation" or "rescue" or "missing";

    private static readonly FrozenDictionary<string, string> LabelOfStem = BuildIndex();

    private static FrozenDictionary<string, string> BuildIndex()
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (label, words) in Classes)
            foreach (var w in words)
                foreach (var language in new[] { "fr", "en" })
                    index.TryAdd(Stemmer.Stem(w, language), label);
        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static string? LabelOf(string stem) => LabelOfStem.GetValueOrDefault(stem);
}
