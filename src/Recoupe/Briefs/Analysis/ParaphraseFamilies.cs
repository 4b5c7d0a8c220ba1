using System.Collections.Frozen;
using Recoupe.Language;

namespace Recoupe.Briefs.Analysis;

/// <summary>
/// Families of predicate words that outlets use for one meaning ("se rendre" / "voyage" / "visit", "progresser" /
/// "avancer" / "advance", "souhaiter" / "vouloir" / "want"). Two outlets rewriting one statement keep its
/// participants but change its verbs and nouns, which a stem cosine cannot see: a shared family is that missing
/// evidence. Families are general meanings of news language (movement, meeting, supply, intent, possibility…),
/// in French and English, so they also bridge the two languages. The event classes of
/// <see cref="Conflicts.EventPredicates"/> are families too (with more words here).
/// Words that are often something else are left out on purpose: "compte" (account), "arrêter" (arrest),
/// "met" (French "puts"), "rose", "support" (a medium), "échange" ("en échange"), "appeler" (to phone).
/// </summary>
internal static class ParaphraseFamilies
{
    private static readonly (string Label, string[] Words)[] Extra =
    [
        ("visit", ["voyager", "voyages", "voyagera", "déplacer", "déplacé", "travel", "travels", "journey", "trip", "trips"]),
        ("meeting", ["entretenir", "entretiendra", "discuter", "discuté", "discutera", "discussion", "discussions", "dialogue", "dialoguer",
            "rencontrera", "réunir", "talk", "discuss", "discussed", "meets"]),
        ("negotiation", ["négociation", "négociations", "négocier", "négocie", "pourparlers", "tractations", "negotiation", "negotiations",
            "negotiate", "negotiating", "talks"]),
        ("progress", ["progresser", "progressent", "progresse", "progrès", "progression", "avancer", "avancent", "avance", "avancée", "avancées",
            "avançaient", "advance", "advancing", "advanced", "progress", "progressing"]),
        ("intent", ["souhaiter", "souhaite", "souhaitait", "souhaitent", "vouloir", "veut", "voulait", "veulent", "envisager", "envisage",
            "prévoir", "prévoit", "prévoient", "projeter", "projette", "espérer", "espère", "chercher", "cherche", "want", "wants", "wanted",
            "wish", "wishes", "intend", "intends", "plans", "planned", "hope", "hopes", "seek", "seeks", "expects", "expected"]),
        ("possibility", ["possible", "possibles", "possiblement", "probable", "probablement", "éventuel", "éventuelle", "éventuellement",
            "pourrait", "pourraient", "potentiel", "potentiels", "potentielle", "could", "might", "possibly", "likely", "probably",
            "potential", "potentially"]),
        ("supply", ["fournir", "fourni", "fournisse", "fournit", "fourniture", "fournitures", "livrer", "livré", "livraison", "livraisons",
            "vendre", "vendu", "vente", "ventes", "approvisionner", "approvisionnement", "supply", "supplies", "supplied", "provide",
            "provided", "deliver", "delivered", "delivery", "deliveries", "sell", "sold", "sale", "sales"]),
        ("weapons", ["arme", "armes", "armement", "armements", "munition", "munitions", "obus", "weapon", "weapons", "arms", "ammunition", "shells"]),
        ("confirmation", ["confirmer", "confirmé", "confirme", "confirmation", "corroborer", "confirm", "confirmed", "confirms"]),
        ("denial", ["démentir", "démenti", "démentis", "dément", "nier", "nié", "nie", "deny", "denied", "denies", "denial"]),
        ("warning", ["avertir", "averti", "avertit", "avertissement", "alerter", "alerté", "warn", "warned", "warns", "warning", "cautioned"]),
        ("request", ["demander", "demandé", "demande", "réclamer", "réclame", "exiger", "exige", "exhorter", "exhorte", "exhortons", "sommer",
            "sommé", "urge", "urged", "urges", "demand", "demanded", "request", "requested", "ask", "asked"]),
        ("stopping", ["cesser", "cesse", "stopper", "interrompre", "interrompu", "suspendre", "suspendu", "stop", "stopped", "halt", "halted",
            "cease", "suspend", "suspended"]),
        ("sanction", ["sanction", "sanctions", "sanctionner", "sanctionné", "punir", "puni", "punish", "punished", "penalty", "penalties"]),
        ("increase", ["augmenter", "augmenté", "augmentation", "hausse", "accroître", "accru", "accroissement", "increase", "increased", "rising", "grew"]),
        ("decrease", ["baisser", "baissé", "baisse", "diminuer", "diminué", "diminution", "recul", "reculé", "decrease", "decreased", "decline",
            "declined", "fell", "dropped"]),
        ("accusation", ["accuser", "accusé", "accuse", "accusation", "accusations", "reprocher", "reproche", "accused", "accuses", "blamed"]),
        ("condemnation", ["condamner", "condamné", "condamne", "condamnation", "dénoncer", "dénoncé", "dénonce", "fustiger", "fustigé",
            "condemn", "condemned", "condemns", "denounce", "denounced"]),
        ("aid", ["aide", "aider", "aidé", "soutien", "soutenir", "soutenu", "assistance", "aid", "help", "helped", "backing"]),
        ("agreement", ["accord", "accords", "entente", "pacte", "traité", "deal", "deals", "agreement", "agreements", "pact", "treaty"]),
        ("leader", ["dirigeant", "dirigeants", "leader", "leaders"]),
    ];

    private static readonly string[] Labels;
    private static readonly FrozenDictionary<string, int> FamilyOfStem;

    static ParaphraseFamilies()
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (label, words) in Conflicts.EventPredicates.Classes.Concat(Extra))
        {
            if (!ids.TryGetValue(label, out var id)) ids[label] = id = ids.Count;
            foreach (var w in words)
                foreach (var language in new[] { "fr", "en" })
                    index.TryAdd(Stemmer.Stem(w, language), id);
        }
        Labels = ids.OrderBy(kv => kv.Value).Select(kv => kv.Key).ToArray();
        FamilyOfStem = index.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static int Count => Labels.Length;

    /// <summary>The family of a stem, or -1.</summary>
    public static int Of(string stem) => FamilyOfStem.TryGetValue(stem, out var id) ? id : -1;

    public static string LabelOf(int family) => Labels[family];

    /// <summary>The id of a family by its label, or -1.</summary>
    public static int IdOf(string label) => Array.IndexOf(Labels, label);
}
