using System.Collections.Frozen;

namespace Recoupe.Language;

/// <summary>
/// Evidence for Latin-script languages: the most frequent function words of each language and the letters
/// or word endings that betray it. Lists are short and of similar length on purpose: Lucene's stopword lists
/// differ wildly in size (English 33 words, French 150+), which would bias a plain count towards long lists.
/// </summary>
internal static class LanguageProfiles
{
    /// <summary>Top function words, roughly by frequency in news text.</summary>
    public static readonly IReadOnlyDictionary<string, string> FunctionWords = new Dictionary<string, string>
    {
        ["fr"] = "le la les de des du un une et est à en dans que qui pour pas par sur au aux avec ce cette ces il elle ils elles ont été sont mais ou où son sa ses leur leurs nous vous plus selon lors entre depuis aussi très sans après avant être avoir fait comme dont même était avait sera",
        ["en"] = "the of and to in is that for it with was on as by at from this be are have has had not but or an which were been will would their they its said who after than more about when there also into what could should can over he she we you his her them our",
        ["de"] = "der die das und ist nicht ein eine einen dem den des zu von mit sich auf für im auch es als an wie bei nach aus noch wird wurde hat haben sind werden oder aber nur vor über dass sie er wir ihr zum zur durch gegen einem einer",
        ["es"] = "el la los las de del y en que un una es por para con no se su sus al lo como más pero fue ha han este esta entre sobre también ya hasta desde muy cuando sin porque sido está están según hay son ser donde durante",
        ["it"] = "il lo la gli le di del della dei delle e è che un una per con non si da dal dalla al alla nel nella sono come più ma anche ha hanno questo questa suo sua era stato essere tra fra dopo quando ancora già",
        ["pt"] = "o a os as de do da dos das e é que um uma para com não se por no na nos nas ao à mais como mas foi ser seu sua são está também pelo pela entre sobre quando já ainda até muito isso tem após",
        ["nl"] = "de het een en van in is dat op te zijn met voor niet aan er die als ook maar bij door om naar uit dan nog wordt werd heeft hebben zijn was waren kan zal over tot deze dit wel geen meer hun haar",
        ["sv"] = "och i att det som en på är av för med till den har de inte om ett var men från jag vi han hon sig kan ska så efter eller år när mot också under vid detta blev där",
        ["da"] = "og i at det er en til på af med den som for de ikke har et var men fra om kan vil skal efter også når blev hun han sig så ved mod været eller bliver meget deres",
        ["no"] = "og i er det som på en til av at for med har de ikke et var men fra om kan vil skal etter også når ble hun han seg så ved mot vært eller blir meget deres jeg",
        ["fi"] = "ja on ei se että oli ovat mutta myös kun jo tai sen hän joka ole olla vain nyt kuin mukaan sitä niin jos voi ovat vuonna jälkeen tämä hänen heidän",
        ["hu"] = "a az és hogy nem is egy van volt meg el de csak már mint ki még után szerint miatt között pedig lesz vagy ez azt ezt kell most sem",
        ["ro"] = "și în de la a cu pe nu se că din este un o care pentru mai sunt sau au fost al ale lui ei acest această după despre dar către fiind",
        ["tr"] = "ve bir bu da de için ile olarak olan çok daha gibi ama en ne var kadar sonra ancak değil ise her şey veya göre olduğu yeni büyük",
        ["ca"] = "el la els les de del i a que en un una és per amb no es va als al seu seva més però com ha han aquest aquesta també sobre entre quan molt fins sense",
        ["cs"] = "a v se na je že s z do o k to i jako pro by jsou byl bylo ale nebo podle také jeho které který která po už jen při než však",
        ["pl"] = "i w z na się nie do że to jest o jak ale od po przez dla za jego być który która które także tylko już czy może są był była tym",
        ["id"] = "yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke karena ada oleh mereka bisa telah sudah saat lebih kata tersebut",
        ["sw"] = "na ya wa kwa katika ni za la kuwa hiyo huo hii pia lakini wakati baada sana hata ambao ambayo",
        ["vi"] = "và của là có được trong cho không những người này với các một đã để khi năm từ theo đến",
    };

    /// <summary>Letters and marks, with the languages they point to. Weight is split among the languages sharing a cue.</summary>
    public static readonly IReadOnlyList<(string Chars, string Languages, double Weight)> CharacterCues =
    [
        ("éèêàùçœëïîôû", "fr", 0.35),
        ("«»", "fr", 0.6),
        ("ß", "de", 1.0),
        ("äöü", "de", 0.25),
        ("ñ¿¡", "es", 1.2),
        ("ãõ", "pt", 1.2),
        ("çáéíóúâêô", "pt es ca", 0.15),
        ("àèìòù", "it ca", 0.3),
        ("åäö", "sv fi", 0.6),
        ("æøå", "da no", 0.8),
        ("őű", "hu", 1.5),
        ("áéíóöü", "hu", 0.2),
        ("șțşţăâî", "ro", 0.7),
        ("ğışİ", "tr", 1.2),
        ("łąęśźżń", "pl", 1.2),
        ("řěůčšž", "cs", 0.9),
        ("ăâđêôơư", "vi", 0.6),
        ("·", "ca", 0.8),
    ];

    /// <summary>Word endings typical of one language (checked on words of 5+ letters).</summary>
    public static readonly IReadOnlyList<(string Suffix, string Language)> Suffixes =
    [
        ("tion", "fr"), ("ment", "fr"), ("eux", "fr"), ("aient", "fr"), ("ées", "fr"), ("ait", "fr"),
        ("ing", "en"), ("ly", "en"), ("ed", "en"), ("ness", "en"), ("ship", "en"),
        ("ung", "de"), ("keit", "de"), ("heit", "de"), ("lich", "de"), ("chen", "de"),
        ("ción", "es"), ("dad", "es"), ("mente", "es"), ("ado", "es"),
        ("zione", "it"), ("zioni", "it"), ("ità", "it"), ("etto", "it"), ("ggi", "it"),
        ("ção", "pt"), ("ções", "pt"), ("dade", "pt"), ("mente", "pt"),
        ("heid", "nl"), ("lijk", "nl"), ("ijk", "nl"),
        ("ció", "ca"), ("ència", "ca"),
        ("ssa", "fi"), ("ään", "fi"), ("aan", "fi"), ("ista", "fi"), ("isen", "fi"), ("ssä", "fi"), ("sta", "fi"), ("stä", "fi"), ("lla", "fi"), ("llä", "fi"), ("nen", "fi"), ("ksi", "fi"), ("kin", "fi"),
        ("ów", "pl"), ("ych", "pl"), ("ość", "pl"),
    ];

    public static readonly FrozenDictionary<string, (string Language, double Weight)[]> WordEvidence = BuildWordEvidence();

    // A word listed by k languages gives each 1/k: "de" barely counts, "the" counts fully.
    private static FrozenDictionary<string, (string, double)[]> BuildWordEvidence()
    {
        var byWord = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (lang, words) in FunctionWords)
        {
            foreach (var w in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!byWord.TryGetValue(w, out var langs)) byWord[w] = langs = [];
                if (!langs.Contains(lang)) langs.Add(lang);
            }
        }
        return byWord.ToFrozenDictionary(
            kv => kv.Key,
            kv => kv.Value.Select(l => (l, 1.0 / kv.Value.Count)).ToArray(),
            StringComparer.Ordinal);
    }
}
