using System.Collections.Frozen;
using Recoupe.Mentions.Names;

namespace Recoupe.Mentions.Gazetteers;

/// <summary>
/// Adjectives of nationality and the country they name ("américain", "American" → US; "russe", "Russian" → RU), so that
/// "le ministère des Affaires étrangères russe" and "… de Russie" can be read as the same country's. .NET culture data has
/// country names but no adjectives, so the table is written here: the countries news names most, in French (masculine
/// singular; the feminine and plural forms are derived) and English. Small and topic-neutral on purpose.
/// </summary>
public static class NationalAdjectives
{
    // code : French masculine singular forms , English forms
    private const string Table =
        "US:américain,étatsunien,états-unien,American,US,U.S.|RU:russe,Russian|CN:chinois,Chinese|FR:français,French|" +
        "GB:britannique,anglais,British,English|DE:allemand,German|IT:italien,Italian|ES:espagnol,Spanish|PT:portugais,Portuguese|" +
        "BE:belge,Belgian|CH:suisse,helvétique,Swiss|NL:néerlandais,hollandais,Dutch|AT:autrichien,Austrian|PL:polonais,Polish|" +
        "CZ:tchèque,Czech|HU:hongrois,Hungarian|UA:ukrainien,Ukrainian|BY:biélorusse,bélarusse,Belarusian|RO:roumain,Romanian|" +
        "BG:bulgare,Bulgarian|GR:grec,Greek|TR:turc,Turkish|SE:suédois,Swedish|NO:norvégien,Norwegian|DK:danois,Danish|" +
        "FI:finlandais,Finnish|IE:irlandais,Irish|RS:serbe,Serbian|HR:croate,Croatian|IL:israélien,Israeli|PS:palestinien,Palestinian|" +
        "LB:libanais,Lebanese|SY:syrien,Syrian|IQ:irakien,Iraqi|IR:iranien,Iranian|SA:saoudien,Saudi|EG:égyptien,Egyptian|" +
        "DZ:algérien,Algerian|MA:marocain,Moroccan|TN:tunisien,Tunisian|LY:libyen,Libyan|SN:sénégalais,Senegalese|ML:malien,Malian|" +
        "NE:nigérien,Nigerien|CI:ivoirien,Ivorian|NG:nigérian,Nigerian|KE:kényan,kenyan,Kenyan|ET:éthiopien,Ethiopian|" +
        "ZA:sud-africain,South African|CD:congolais,Congolese|IN:indien,Indian|PK:pakistanais,Pakistani|AF:afghan,Afghan|" +
        "TW:taïwanais,taiwanais,Taiwanese|VN:vietnamien,Vietnamese|TH:thaïlandais,Thai|ID:indonésien,Indonesian|" +
        "PH:philippin,Filipino,Philippine|AU:australien,Australian|CA:canadien,Canadian|MX:mexicain,Mexican|BR:brésilien,Brazilian|" +
        "AR:argentin,Argentine,Argentinian|CL:chilien,Chilean|CO:colombien,Colombian|VE:vénézuélien,Venezuelan|CU:cubain,Cuban|" +
        "QA:qatari,qatarien,Qatari|AE:émirati,Emirati|KZ:kazakh,Kazakh|GE:géorgien,Georgian|AM:arménien,Armenian|" +
        "AZ:azerbaïdjanais,Azerbaijani|JP:japonais,Japanese|KR:sud-coréen,South Korean|KP:nord-coréen,North Korean|" +
        "LU:luxembourgeois,Luxembourgish|MM:birman,Burmese|SU:soviétique,Soviet";

    private static readonly Lazy<FrozenDictionary<string, string>> Data = new(Build);

    /// <summary>The country code an adjective of nationality names, any case, gender or number; null for any other word.</summary>
    public static string? CountryOf(string word) =>
        Data.Value.TryGetValue(TextFold.Fold(word), out var code) ? code : null;

    private static FrozenDictionary<string, string> Build()
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Table.Split('|'))
        {
            var code = row[..row.IndexOf(':')];
            foreach (var word in row[(code.Length + 1)..].Split(','))
                foreach (var form in Inflections(word))
                    forms.TryAdd(TextFold.Fold(form), code);
        }
        return forms.ToFrozenDictionary(StringComparer.Ordinal);
    }

    // French adjectives inflect: "-ien" → "-ienne", "-éen" → "-éenne", a final "e" is common to both genders, else "+e";
    // plurals add "s" unless the word ends in "s". English ones (capitalised in the table) are invariant.
    private static IEnumerable<string> Inflections(string word)
    {
        yield return word;
        if (char.IsUpper(word[0])) yield break;
        string feminine = word.EndsWith("en", StringComparison.Ordinal) ? word + "ne"
            : word.EndsWith('e') ? word
            : word.EndsWith("grec", StringComparison.Ordinal) ? word + "que"
            : word.EndsWith("turc", StringComparison.Ordinal) ? word + "que"
            : word + "e";
        yield return feminine;
        if (!word.EndsWith('s')) yield return word + "s";
        if (!feminine.EndsWith('s')) yield return feminine + "s";
    }
}
