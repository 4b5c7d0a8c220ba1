namespace Recoupe.Mentions.Gazetteers;

/// <summary>
/// General geographic knowledge that .NET culture data lacks: capitals (in French and English forms),
/// official long names and usual acronyms of countries, world regions, and large cities in their French
/// forms. Small and topic-neutral on purpose.
/// </summary>
internal static class PlaceTables
{
    // country code : capital names (first = the code of the city), French and English forms.
    private const string CapitalTable =
        "US:Washington|RU:Moscou|Moscow|CN:Pékin|Beijing|Pekin|KP:Pyongyang|Pyong Yang|KR:Séoul|Seoul|JP:Tokyo|Tokio|" +
        "GB:Londres|London|FR:Paris|DE:Berlin|IT:Rome|Roma|ES:Madrid|PT:Lisbonne|Lisbon|Lisboa|BE:Bruxelles|Brussels|" +
        "NL:Amsterdam|LU:Luxembourg|CH:Berne|Bern|AT:Vienne|Vienna|Wien|PL:Varsovie|Warsaw|CZ:Prague|Praha|HU:Budapest|" +
        "UA:Kiev|Kyiv|Kyïv|Kiew|BY:Minsk|RO:Bucarest|Bucharest|BG:Sofia|Sofia|GR:Athènes|Athens|TR:Ankara|SE:Stockholm|" +
        "NO:Oslo|DK:Copenhague|Copenhagen|FI:Helsinki|IE:Dublin|RS:Belgrade|HR:Zagreb|IL:Jérusalem|Jerusalem|" +
        "PS:Ramallah|LB:Beyrouth|Beirut|SY:Damas|Damascus|IQ:Bagdad|Baghdad|IR:Téhéran|Tehran|SA:Riyad|Riyadh|" +
        "EG:Le Caire|Caire|Cairo|DZ:Alger|Algiers|MA:Rabat|TN:Tunis|LY:Tripoli|SN:Dakar|ML:Bamako|NE:Niamey|" +
        "CI:Abidjan|Yamoussoukro|NG:Abuja|KE:Nairobi|ET:Addis-Abeba|Addis Ababa|ZA:Pretoria|CD:Kinshasa|" +
        "IN:New Delhi|New Delhi|PK:Islamabad|AF:Kaboul|Kabul|TW:Taipei|Taïpei|VN:Hanoï|Hanoi|TH:Bangkok|" +
        "ID:Jakarta|PH:Manille|Manila|AU:Canberra|CA:Ottawa|MX:Mexico|BR:Brasilia|Brasília|AR:Buenos Aires|" +
        "CL:Santiago|CO:Bogota|Bogotá|VE:Caracas|CU:La Havane|Havana|QA:Doha|AE:Abou Dhabi|Abu Dhabi|" +
        "KZ:Astana|GE:Tbilissi|Tbilisi|AM:Erevan|Yerevan|AZ:Bakou|Baku|MM:Naypyidaw|Naypyitaw";

    private const string OfficialTable =
        "KP:République populaire démocratique de Corée|KP:Democratic People's Republic of Korea|" +
        "KR:République de Corée|KR:Republic of Korea|RU:Fédération de Russie|RU:Russian Federation|" +
        "US:États-Unis d'Amérique|US:United States of America|US:Amérique|CN:République populaire de Chine|" +
        "CN:People's Republic of China|GB:Grande-Bretagne|GB:Great Britain|GB:Angleterre|GB:England|" +
        "GB:Royaume-Uni de Grande-Bretagne et d'Irlande du Nord|IR:République islamique d'Iran|" +
        "IR:Islamic Republic of Iran|CD:République démocratique du Congo|CZ:République tchèque|" +
        "NL:Hollande|NL:Pays-Bas|SU:Union soviétique|SU:Soviet Union|DE:Allemagne de l'Ouest|DE:Prusse|DE:Prussia";

    private const string AcronymTable = "USA:US|US:US|UK:GB|RPDC:KP|DPRK:KP|URSS:SU|USSR:SU|EAU:AE|UAE:AE|RDC:CD|DRC:CD|RFA:DE|RCA:CF|PRC:CN|ROK:KR";

    private const string RegionTable =
        "Europe|Asie|Asia|Afrique|Africa|Amérique du Nord|North America|Amérique du Sud|South America|Amérique latine|" +
        "Latin America|Océanie|Oceania|Antarctique|Antarctica|Arctique|Arctic|Moyen-Orient|Middle East|Proche-Orient|" +
        "Extrême-Orient|Far East|Pacifique|Pacific|Atlantique|Atlantic|Méditerranée|Mediterranean|Balkans|Caucase|" +
        "Caucasus|Sahel|Maghreb|Scandinavie|Scandinavia|Sibérie|Siberia|Crimée|Crimea|Donbass|Gaza|Cisjordanie|" +
        "West Bank|Kosovo|Tibet|Cachemire|Kashmir|Kurdistan|Alsace|Lorraine|Bretagne|Normandie|Provence|Savoie|" +
        "Bavière|Bavaria|Californie|California|Texas|Floride|Florida|Ecosse|Écosse|Scotland|Irlande du Nord|" +
        "Northern Ireland|Catalogne|Catalonia|Corse|Sicile|Sicily|Sardaigne|Flandre|Wallonie|Québec|Ontario";

    private const string CityTable =
        "Marseille|Lyon|Toulouse|Nice|Nantes|Strasbourg|Montpellier|Bordeaux|Lille|Rennes|Reims|Le Havre|" +
        "Toulon|Grenoble|Dijon|Angers|Nîmes|Brest|Limoges|Tours|Amiens|Metz|Besançon|Perpignan|Orléans|Rouen|Caen|" +
        "Nancy|Avignon|Versailles|Genève|Geneva|Lausanne|Zurich|Zürich|Bâle|Basel|Neuchâtel|Fribourg|Lucerne|Lugano|" +
        "Sion|Anvers|Antwerp|Liège|Gand|Ghent|Bruges|La Haye|The Hague|Rotterdam|Munich|München|Hambourg|Hamburg|" +
        "Francfort|Frankfurt|Cologne|Köln|Dresde|Dresden|Stuttgart|Leipzig|Milan|Milano|Naples|Napoli|Venise|Venice|" +
        "Florence|Firenze|Turin|Torino|Gênes|Genoa|Barcelone|Barcelona|Séville|Seville|Valence|Valencia|Porto|" +
        "Saint-Pétersbourg|Saint Petersburg|Saint-Petersbourg|Odessa|Kharkiv|Kharkov|Marioupol|Mariupol|Donetsk|" +
        "Lougansk|Luhansk|Vladivostok|Istanbul|Constantinople|Jérusalem|Tel Aviv|Bombay|Mumbai|Calcutta|Kolkata|" +
        "Shanghai|Hong Kong|Canton|Guangzhou|Osaka|Kyoto|Hiroshima|New York|Los Angeles|Chicago|San Francisco|" +
        "Boston|Miami|Philadelphie|Philadelphia|Houston|Montréal|Montreal|Toronto|Vancouver|Sydney|Melbourne|" +
        "Edimbourg|Édimbourg|Edinburgh|Manchester|Liverpool|Birmingham|Glasgow|Casablanca|Marrakech|Oran|" +
        "Alexandrie|Alexandria|Lagos|Johannesburg|Le Cap|Cape Town|Rio de Janeiro|São Paulo|Sao Paulo";

    public static IEnumerable<(string Country, string[] Names)> Capitals()
    {
        string? country = null;
        var names = new List<string>();
        foreach (var part in CapitalTable.Split('|'))
        {
            int colon = part.IndexOf(':');
            if (colon == 2)
            {
                if (country is not null) yield return (country, names.ToArray());
                country = part[..2];
                names.Clear();
                names.Add(part[3..]);
            }
            else names.Add(part);
        }
        if (country is not null) yield return (country, names.ToArray());
    }

    public static IEnumerable<(string Country, string Name)> OfficialNames() =>
        OfficialTable.Split('|').Select(p => (p[..2], p[3..]));

    public static IEnumerable<(string Code, string Country)> CountryAcronyms() =>
        AcronymTable.Split('|').Select(p => { var kv = p.Split(':'); return (kv[0], kv[1]); });

    public static IEnumerable<(string Name, PlaceKind Kind)> Regions() => RegionTable.Split('|').Select(n => (n, PlaceKind.Region));

    public static IEnumerable<string> Cities() => CityTable.Split('|');
}
