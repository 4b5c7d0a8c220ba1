using Recoupe.Model;

namespace Recoupe.Tests.Time;

/// <summary>
/// Expressions resolve against one another (the narrative's time, the last date before "le lendemain" or "ce
/// moment-là"), so a kind that is right alone can break the kind after it: every ordered pair of these invented
/// sentences, one kind each, is tagged as one text and must give spans inside the text and values in TIMEX3's shapes.
/// A pair once threw ("le week-end dernier" then "à ce moment-là": a value of eleven characters read as a clock time).
/// </summary>
public class SentencePairsTests
{
    private static readonly string[] French =
    [
        "Le ministre a démissionné il y a une semaine.",
        "Il était arrivé il y a trois jours à Lyon.",
        "Le lendemain, la police a fouillé la maison.",
        "Le même jour, un second suspect a été arrêté.",
        "L'année précédente, la société avait perdu de l'argent.",
        "À la même époque, les ventes baissaient.",
        "Aujourd'hui, les jeunes lisent moins.",
        "Désormais, la règle s'applique.",
        "Pour l'instant, rien ne bouge.",
        "Le gouvernement actuel veut préparer l'avenir.",
        "Le marché est ouvert chaque lundi et le journal est quotidien.",
        "La réunion a lieu les deuxième et quatrième jeudis du mois.",
        "Il est né en '97.",
        "À la fin du XIXe siècle, la ville comptait peu d'habitants.",
        "Le vol part à 12 h 30 locales, soit 20 h 30 en France.",
        "Hier à 10 h, le maire a parlé.",
        "Cet été, la plage était pleine.",
        "L'hiver dernier fut rude.",
        "Le syndicat a publiquement nié en novembre ces allégations.",
        "Il reviendra en novembre.",
        "En fin d'après-midi, la foule s'est dispersée.",
        "Le lendemain matin, tout était calme.",
        "La soirée fut longue.",
        "Lundi, le tribunal a tranché.",
        "Mardi, le tribunal tranchera.",
        "En 2015, le groupe a racheté son concurrent.",
        "En mars, il a licencié 200 salariés.",
        "Le 12 juin, il a fermé l'usine.",
        "Depuis trois ans, les prix montent.",
        "Pendant deux semaines, il a plu.",
        "Les années 1990 furent dures.",
        "Au début du mois, le chômage a baissé.",
        "À la fin de l'année, les comptes seront publiés.",
        "Au printemps 2020, tout a fermé.",
        "Ces dernières années, les loyers ont grimpé.",
        "Récemment, le maire a changé d'avis.",
        "Autrefois, le village vivait de la pêche.",
        "Dans les prochains jours, le texte sera voté.",
        "Le mois prochain, la loi entrera en vigueur.",
        "Dans deux semaines, les élèves rentrent.",
        "D'ici 2030, le parc sera rénové.",
        "Le week-end dernier, il a neigé.",
        "Mi-octobre, la récolte commencera.",
        "Fin 2022, la dette a explosé.",
        "Début 2024, la ligne ouvrira.",
        "Cette nuit, un incendie a ravagé l'entrepôt.",
        "La nuit dernière fut agitée.",
        "À midi, le cortège est parti.",
        "Les bus passent toutes les deux semaines.",
        "Il vote deux fois par an.",
        "Il court tous les jours.",
        "Au XXIe siècle, tout change.",
        "Dans les années 80, on dansait.",
        "Au troisième trimestre, le chiffre d'affaires a reculé.",
        "Ce matin, le préfet a parlé.",
        "Cet après-midi, il parlera encore.",
        "Dans la matinée, la neige est tombée.",
        "Le 3 mars dernier, la grève a commencé.",
        "Il y a deux mois, l'usine a fermé.",
        "Le mois dernier, les prix ont baissé.",
        "La semaine prochaine, le conseil se réunira.",
        "Il y a un an, rien n'était prévu.",
        "L'an prochain, le club déménage.",
        "Depuis le début de l'année, 30 entreprises ont fermé.",
        "Jusqu'à la fin du mois, les soldes continuent.",
        "Pendant des décennies, la mine a tourné.",
        "Durant plusieurs mois, il a attendu.",
        "Au cours des dix dernières années, le climat a changé.",
        "Le vendredi 13 octobre, le match a eu lieu.",
        "Le 1er mai, les syndicats défileront.",
        "Le 14 juillet, le défilé a eu lieu.",
        "À l'époque, personne ne savait.",
        "À ce moment-là, la porte s'ouvrit.",
        "Aujourd'hui, mercredi, le conseil se réunit.",
    ];

    private static readonly string[] English =
    [
        "Last week, the minister resigned.",
        "Two days ago, police raided the office.",
        "On Monday, the court ruled.",
        "Next month, the law takes effect.",
        "In the 1990s, the town boomed.",
        "This morning, the mayor spoke.",
        "The company reported results for the third quarter.",
        "The following day, the shares fell.",
        "Every Tuesday the market opens.",
        "Currently, nothing moves.",
        "In the future, more cars will be electric.",
        "He was born in the late 19th century.",
    ];

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public void Every_pair_of_kinds_tags_without_failing(string language)
    {
        var sentences = language == "fr" ? French : English;
        var failures = new List<string>();
        foreach (var first in sentences)
            foreach (var second in sentences)
            {
                var text = first + " " + second;
                try
                {
                    foreach (var t in TimeSpec.Tag(text, language, TimeSpec.Tuesday))
                        if (t.Span.Start < 0 || t.Span.End > text.Length || t.Span.Length == 0 || string.IsNullOrEmpty(t.Value))
                            failures.Add($"{text} -> [{t.Span.Start},{t.Span.End}) {t.Value}");
                }
                catch (Exception e)
                {
                    failures.Add($"{text} -> {e.GetType().Name}: {e.Message}");
                }
            }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }

    [Fact]
    public void A_moment_after_a_weekend_hangs_on_the_weekend()
    {
        const string text = "Le week-end dernier, il a neigé. À ce moment-là, la route était fermée.";
        TimeSpec.AssertHas(text, "fr", TimeSpec.Tuesday, "ce moment-là", TimexType.Date, "2023-W36-WE");
    }
}
