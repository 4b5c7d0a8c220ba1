using Recoupe.Model;
using static Recoupe.Tests.Time.TimeSpec;

namespace Recoupe.Tests.Time;

/// <summary>
/// The French grammar, kind by kind (Mentions/Time/Grammar), on sentences written for these tests. Spans follow the
/// French TimeBank guide (determiners and modifiers in, prepositions out); values are TIMEX3. Published Tuesday 2023-09-12.
/// </summary>
public class FrenchGrammarByKindTests
{
    private static void Fr(string text, string span, TimexType type, string value) => AssertHas(text, "fr", Tuesday, span, type, value);

    [Theory]
    [InlineData("Le traité a été signé le vendredi 3 mars 2023.", "le vendredi 3 mars 2023", "2023-03-03")]
    [InlineData("Le scrutin est fixé au 15/10/2023.", "15/10/2023", "2023-10-15")]
    [InlineData("Les résultats seront publiés fin octobre.", "fin octobre", "2023-10")]
    [InlineData("Il est arrivé à la mi-août.", "mi-août", "2023-08")]
    [InlineData("Le groupe a été fondé en '97.", "'97", "1997")]
    [InlineData("L'usine fermera au premier trimestre 2024.", "premier trimestre 2024", "2024-Q1")]
    [InlineData("Les ventes ont reculé au deuxième trimestre.", "deuxième trimestre", "2023-Q2")]
    [InlineData("La promesse date de l'an 2000.", "l'an 2000", "2000")]
    [InlineData("Le chantier s'achèvera fin 2025.", "fin 2025", "2025")]
    [InlineData("Le concert aura lieu mardi 3 octobre.", "mardi 3 octobre", "2023-10-03")]
    [InlineData("Le festival ouvrira ses portes samedi 1er juin.", "samedi 1er juin", "2024-06-01")]
    [InlineData("Les comptes de mars 2022 étaient déjà dans le rouge.", "mars 2022", "2022-03")]
    [InlineData("Le chantier reprendra au mois de novembre.", "mois de novembre", "2023-11")]
    [InlineData("L'année 1998 avait été marquée par la crise.", "L'année 1998", "1998")]
    public void Dates(string text, string span, string value) => Fr(text, span, TimexType.Date, value);

    [Theory]
    [InlineData("L'exposition se tiendra du 19 au 23 octobre.", "19", "2023-10-19")]
    [InlineData("L'exposition se tiendra du 19 au 23 octobre.", "23 octobre", "2023-10-23")]
    [InlineData("La route sera fermée du lundi 2 au vendredi 6 octobre.", "lundi 2", "2023-10-02")]
    [InlineData("La route sera fermée du lundi 2 au vendredi 6 octobre.", "vendredi 6 octobre", "2023-10-06")]
    [InlineData("Les inscriptions seront ouvertes entre le 5 et le 9 octobre.", "le 5", "2023-10-05")]
    [InlineData("Les vendanges se sont déroulées du 28 août au 2 septembre.", "28 août", "2023-08-28")]
    public void Ranges_give_two_dates(string text, string span, string value) => Fr(text, span, TimexType.Date, value);

    [Theory]
    [InlineData("Le magasin est ouvert de 9 h à 19 h.", "9 h", "2023-09-12T09:00")]
    [InlineData("Le magasin est ouvert de 9 h à 19 h.", "19 h", "2023-09-12T19:00")]
    [InlineData("La réunion commencera à 12 h 30 heure locale.", "12 h 30 heure locale", "2023-09-12T12:30")]
    [InlineData("Le vol décolle à 20:45 GMT.", "20:45 GMT", "2023-09-12T20:45")]
    [InlineData("Il s'est réveillé à 6 h du matin.", "6 h du matin", "2023-09-12T06:00")]
    [InlineData("Le rendez-vous est fixé à 8 h du soir.", "8 h du soir", "2023-09-12T20:00")]
    [InlineData("Hier à 10 h, la police est intervenue.", "10 h", "2023-09-11T10:00")]
    [InlineData("Le scrutin fermera demain à 20 h.", "20 h", "2023-09-13T20:00")]
    [InlineData("Le 3 mars 2021 vers midi, la tempête a frappé.", "midi", "2021-03-03T12:00")]
    public void Times_of_day_take_the_day_of_the_nearest_date(string text, string span, string value) => Fr(text, span, TimexType.Time, value);

    [Theory]
    [InlineData("La panne a duré deux heures et demie.", "deux heures et demie", "PT2H30M")]
    [InlineData("Il a été détenu pendant un an et demi.", "un an et demi", "P18M")]
    [InlineData("Le coureur a bouclé l'étape en 4 h 12.", "4 h 12", "PT4H12M")]
    [InlineData("Les négociations ont duré une dizaine de jours.", "une dizaine de jours", "P10D")]
    [InlineData("Il attend une réponse depuis des mois.", "des mois", "PXM")]
    [InlineData("Le bail court sur un quart de siècle.", "un quart de siècle", "P25Y")]
    [InlineData("Elle entame sa troisième année de thèse.", "sa troisième année", "P1Y")]
    [InlineData("Le juge a prononcé une peine de six mois.", "six mois", "P6M")]
    [InlineData("Les loyers ont augmenté ces dernières années.", "ces dernières années", "PXY")]
    public void Durations(string text, string span, string value) => Fr(text, span, TimexType.Duration, value);

    [Theory]
    [InlineData("Le journal paraît chaque samedi.", "chaque samedi", "XXXX-WXX-6")]
    [InlineData("Les patients reçoivent un traitement quotidien.", "quotidien", "P1D")]
    [InlineData("Le club se réunit les deuxième et quatrième jeudis du mois.", "les deuxième et quatrième jeudis du mois", "XXXX-WXX-4")]
    [InlineData("Il se rend à Paris deux fois par mois.", "mois", "P1M")]
    [InlineData("Le festival revient tous les deux ans.", "tous les deux ans", "P2Y")]
    [InlineData("La piscine ouvre tous les matins.", "tous les matins", "XXXX-XX-XXTMO")]
    [InlineData("La station ferme chaque hiver.", "chaque hiver", "XXXX-WI")]
    [InlineData("Le conseil publie un rapport trimestriel.", "trimestriel", "P3M")]
    [InlineData("Le marché a lieu le dimanche sur la place.", "le dimanche", "XXXX-WXX-7")]
    public void Sets(string text, string span, string value) => Fr(text, span, TimexType.Set, value);

    [Theory]
    [InlineData("Le 3 mars 2021, l'usine a fermé. Le lendemain, les salariés ont manifesté.", "Le lendemain", TimexType.Date, "2021-03-04")]
    [InlineData("Le 3 mars 2021, l'usine a fermé. La veille au soir, le directeur était parti.", "La veille au soir", TimexType.Time, "2021-03-02TEV")]
    [InlineData("Le 3 mars 2021, l'usine a fermé. Le lendemain matin, la route était bloquée.", "Le lendemain matin", TimexType.Time, "2021-03-04TMO")]
    [InlineData("L'usine a fermé le 3 mars 2021 ; le même jour, le maire a démissionné.", "le même jour", TimexType.Date, "2021-03-03")]
    [InlineData("Le maire a été élu le 5 mars 2020. Ce jour-là, il pleuvait.", "Ce jour-là", TimexType.Date, "2020-03-05")]
    [InlineData("Le sommet de 2019 avait échoué. L'année suivante, les négociations ont repris.", "L'année suivante", TimexType.Date, "2020")]
    [InlineData("Il a été élu en 2015. L'année précédente, il avait quitté le parti.", "L'année précédente", TimexType.Date, "2014")]
    [InlineData("Les pompiers sont arrivés à 15 h 10. A ce moment-là, le toit brûlait.", "ce moment-là", TimexType.Time, "2023-09-12T15:10")]
    [InlineData("Il y a une semaine, le ministre a démissionné.", "Il y a une semaine", TimexType.Date, "2023-09-05")]
    [InlineData("Il y a trois jours, la digue a cédé.", "Il y a trois jours", TimexType.Date, "2023-09-09")]
    [InlineData("Le vote aura lieu dans trois mois.", "dans trois mois", TimexType.Date, "2023-12")]
    public void Anaphoric_and_counted(string text, string span, TimexType type, string value) => Fr(text, span, type, value);

    [Theory]
    [InlineData("Le dossier est pour l'instant bloqué.", "pour l'instant", TimexType.Time, "PRESENT_REF")]
    [InlineData("L'actuel président a promis des réformes.", "actuel", TimexType.Time, "PRESENT_REF")]
    [InlineData("Il faut penser à l'avenir des jeunes.", "l'avenir", TimexType.Time, "FUTURE_REF")]
    [InlineData("Le prochain sommet se tiendra à Rome.", "prochain", TimexType.Time, "FUTURE_REF")]
    [InlineData("Autrefois, la ville vivait de la pêche.", "Autrefois", TimexType.Time, "PAST_REF")]
    [InlineData("Désormais, les magasins ferment plus tôt.", "Désormais", TimexType.Date, "2023-09-12")]
    [InlineData("De nos jours, peu de gens écrivent des lettres.", "De nos jours", TimexType.Time, "PRESENT_REF")]
    [InlineData("Il a longtemps travaillé comme mineur dans le Nord. Aujourd'hui, il vit à Lyon.", "Aujourd'hui", TimexType.Time, "PRESENT_REF")]
    [InlineData("Le gouvernement a présenté son budget. Aujourd'hui, les députés en débattront.", "Aujourd'hui", TimexType.Date, "2023-09-12")]
    public void Fuzzy_references(string text, string span, TimexType type, string value) => Fr(text, span, type, value);

    [Theory]
    [InlineData("Les magasins ouvriront exceptionnellement à Noël.", "Noël", "2023-12-25")]
    [InlineData("La famille s'était réunie à Noël chez les grands-parents.", "Noël", "2022-12-25")]
    [InlineData("Le pèlerinage aura lieu à Pâques 2024.", "Pâques 2024", "2024-03-31")]
    [InlineData("Les routes seront chargées pour le pont de l'Ascension.", "l'Ascension", "2024-05-09")]
    [InlineData("Les feux d'artifice de la Saint-Sylvestre avaient été annulés.", "la Saint-Sylvestre", "2022-12-31")]
    [InlineData("Les cimetières seront fleuris pour la Toussaint.", "la Toussaint", "2023-11-01")]
    public void Holidays(string text, string span, string value) => Fr(text, span, TimexType.Date, value);

    [Theory]
    [InlineData("Les travaux reprendront à l'automne.", "l'automne", "2023-FA")]
    [InlineData("L'été dernier, la sécheresse a frappé la région.", "L'été dernier", "2023-SU")]
    [InlineData("Cet hiver, les prix de l'énergie vont grimper.", "Cet hiver", "2023-WI")]
    [InlineData("Il a beaucoup neigé au printemps.", "printemps", "2023-SP")]
    [InlineData("L'hiver 2022 a été rude.", "L'hiver 2022", "2022-WI")]
    [InlineData("Le chantier sera terminé à la fin de l'été prochain.", "la fin de l'été prochain", "2024-SU")]
    public void Seasons(string text, string span, string value) => Fr(text, span, TimexType.Date, value);

    [Theory]
    [InlineData("Le cambriolage a eu lieu dans la soirée.", "la soirée", "2023-09-12TEV")]
    [InlineData("Les manifestants se sont dispersés en fin d'après-midi.", "fin d'après-midi", "2023-09-12TAF")]
    [InlineData("Hier, les pompiers sont intervenus en début de soirée.", "début de soirée", "2023-09-11TEV")]
    [InlineData("Dans la nuit de samedi à dimanche, un incendie s'est déclaré.", "la nuit de samedi à dimanche", "2023-09-09TNI")]
    [InlineData("Lundi soir, le conseil a voté le budget.", "Lundi soir", "2023-09-11TEV")]
    [InlineData("Ce matin, le trafic était perturbé.", "Ce matin", "2023-09-12TMO")]
    [InlineData("Un orage a éclaté la nuit dernière.", "la nuit dernière", "2023-09-11TNI")]
    [InlineData("Le ministre s'exprimera en soirée.", "soirée", "2023-09-12TEV")]
    [InlineData("Les secours ont travaillé tard dans la nuit.", "la nuit", "2023-09-12TNI")]
    public void Parts_of_day(string text, string span, string value) => Fr(text, span, TimexType.Time, value);

    [Theory]
    [InlineData("Dans les années 80, la ville comptait dix usines.", "les années 80", "198X")]
    [InlineData("Le quartier a été construit à la fin du XIXe siècle.", "la fin du XIXe siècle", "18XX")]
    [InlineData("Elle collectionne les disques des années soixante.", "années soixante", "196X")]
    [InlineData("La chapelle date du XIIe siècle.", "XIIe siècle", "11XX")]
    [InlineData("Les ventes ont explosé au début des années 2000.", "début des années 2000", "200X")]
    public void Decades_and_centuries(string text, string span, string value) => Fr(text, span, TimexType.Date, value);

    [Theory]
    [InlineData("Le quotidien régional a révélé l'affaire.", "quotidien")]
    [InlineData("Il a été reçu par le préfet.", "été")]
    [InlineData("L'ascension du col a été difficile.", "ascension")]
    [InlineData("Des enfants de 6 à 12 ans ont participé.", "12 ans")]
    [InlineData("Une femme d'une quarantaine d'années a été blessée.", "quarantaine")]
    [InlineData("Il n'était pas dans un jour de chance.", "dans un jour")]
    [InlineData("Il progresse en maintenant la pression.", "maintenant")]
    [InlineData("La mi-temps a été sifflée sur un score nul.", "mi-temps")]
    public void Look_alikes_are_left_out(string text, string span) => AssertNone(text, "fr", span);
}
