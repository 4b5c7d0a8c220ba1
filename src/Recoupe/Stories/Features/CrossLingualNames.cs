using System.Collections.Frozen;

namespace Recoupe.Stories.Features;

/// <summary>
/// A small bilingual lexicon of our own (general knowledge, not read from any gold data): countries, capitals, major
/// institutions and a few heads of state whose French spelling differs from the English (or German) one, as folded
/// name keys (<see cref="NameKey"/>), each mapped to the French key. It is applied to the names of articles that are
/// not in French only: their names are written as a French text writes them, so that "Putin" / "Путин" meet "Poutine"
/// and "North Korea" meets "Corée du Nord". French articles are never rewritten, so a French stream scores exactly as
/// before (a place lexicon applied to French text merged unrelated RPM2 dev stories, topic B-cubed F1 0.981 → 0.937–0.969);
/// within another language the mapping is a renaming, the same for every article of that language.
/// </summary>
public static class CrossLingualNames
{
    /// <summary>The language names are written in (the pivot): articles in it are left as they are.</summary>
    public const string Pivot = "fr";

    // Declared before the maps built from it (static fields initialise in order).
    private static readonly string[] Entries =
    [
        // Countries and regions.
        "coreedunord: northkorea nordkorea", "coreedusud: southkorea sudkorea", "coree: korea", "nord: north", "sud: south",
        "russie: russia russland rossiya rossija", "chine: china", "etatsunis: unitedstates usa vereinigtestaaten",
        "allemagne: germany deutschland", "royaumeuni: unitedkingdom uk britain greatbritain grossbritannien",
        "angleterre: england", "espagne: spain spanien espana", "italie: italy italien italia", "japon: japan",
        "irak: iraq", "syrie: syria syrien", "turquie: turkey turkei turkiye", "egypte: egypt agypten", "inde: india indien",
        "bresil: brazil brasilien", "mexique: mexico mexiko", "pologne: poland polen", "belgique: belgium belgien",
        "suisse: switzerland schweiz", "paysbas: netherlands niederlande", "grece: greece griechenland",
        "arabiesaoudite: saudiarabia saudiarabien", "liban: lebanon libanon", "libye: libya libyen", "algerie: algeria algerien",
        "maroc: morocco marokko", "tunisie: tunisia tunesien", "bielorussie: belarus weissrussland", "australie: australia australien",
        "afriquedusud: southafrica sudafrika", "norvege: norway norwegen", "suede: sweden schweden", "danemark: denmark danemark",
        "autriche: austria osterreich", "hongrie: hungary ungarn", "irlande: ireland irland", "finlande: finland finnland",
        "roumanie: romania rumanien", "serbie: serbia serbien", "crimee: crimea krim", "cisjordanie: westbank westjordanland",
        "ukraine: ukrajina", "europe: europa", "amerique: america amerika", "afrique: africa afrika", "asie: asia asien",
        "siberie: siberia sibirien",
        // Capitals and cities.
        "moscou: moscow moskau moskva", "pekin: beijing peking", "londres: london", "bruxelles: brussels brussel",
        "kiev: kyiv kiew kyjiw", "varsovie: warsaw warschau", "vienne: vienna wien", "athenes: athens athen",
        "lisbonne: lisbon lissabon", "geneve: geneva genf", "copenhague: copenhagen kopenhagen", "teheran: tehran",
        "beyrouth: beirut", "caire: cairo kairo", "damas: damascus damaskus", "bagdad: baghdad", "alger: algiers algier",
        "saintpetersbourg: saintpetersburg stpetersburg sanktpetersburg", "newdelhi: delhi",
        "lahaye: thehague denhaag", "strasbourg: strassburg", "munich: munchen", "cologne: koln",
        // Institutions.
        "maisonblanche: whitehouse weisseshaus", "kremlin: kreml", "onu: un unitednations uno vereintenationen",
        "conseildesecurite: securitycouncil sicherheitsrat", "unioneuropeenne: europeanunion europaischeunion",
        "ue: eu", "otan: nato", "pentagone: pentagon", "fmi: imf iwf", "banquemondiale: worldbank weltbank",
        "commissioneuropeenne: europeancommission europaischekommission", "parlementeuropeen: europeanparliament europaischesparlament",
        "bce: ecb ezb europeancentralbank", "departementdetat: statedepartment", "oms: worldhealthorganization weltgesundheitsorganisation",
        "courpenaleinternationale: internationalcriminalcourt",
        // Heads of state and ministers whose French spelling differs.
        "poutine: putin", "vladimirpoutine: vladimirputin wladimirputin", "zelensky: zelenskyy zelenskiy selenskyj zelenskyj",
        "netanyahou: netanyahu netanjahu", "medvedev: medwedew", "lavrov: lawrow", "gorbatchev: gorbachev gorbatschow",
        "eltsine: yeltsin jelzin", "staline: stalin", "lenine: lenin", "navalny: navalnyi nawalny",
        "loukachenko: lukashenko lukaschenko", "khrouchtchev: khrushchev chruschtschow",
    ];

    private static readonly FrozenDictionary<string, string> ToFrench = Build().ToFrozenDictionary(StringComparer.Ordinal);
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        ToFrench.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when names of an article in <paramref name="language"/> go through the lexicon.</summary>
    public static bool Applies(string language) => !string.Equals(language, Pivot, StringComparison.Ordinal);

    /// <summary>The French key of a folded name key, or null when the lexicon does not have it.</summary>
    public static string? French(ReadOnlySpan<char> folded) => Lookup.TryGetValue(folded, out var french) ? french : null;

    public static int Count => ToFrench.Count;

    /// <summary>
    /// The key under which a name meets its spellings in other languages: the French key when the lexicon knows the name,
    /// else the name's own folded key ("Putin" and "Poutine" both give "poutine"). For reading across stored stories.
    /// </summary>
    public static string Key(string name)
    {
        var folded = NameKey.Of(name);
        return French(folded) ?? folded;
    }

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Entries)
        {
            // "french: other other ..." (folded keys).
            int colon = line.IndexOf(':');
            var french = line[..colon].Trim();
            foreach (var other in line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                map[other] = french;
        }
        return map;
    }
}
