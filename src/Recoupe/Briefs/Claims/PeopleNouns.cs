using System.Collections.Frozen;
using Recoupe.Language;

namespace Recoupe.Briefs.Claims;

/// <summary>
/// Nouns that count people ("personnes", "habitants", "residents", "workers"): a toll, or a count of the evacuated or the missing,
/// is one figure whichever of them an outlet writes ("3 workers were killed" / "4 people died"), while "1 200 homes evacuated" counts
/// something else than "2 000 people evacuated". A general class of news language, in French and English.
/// </summary>
internal static class PeopleNouns
{
    private static readonly FrozenSet<string> Stems = new[]
    {
        "personne", "personnes", "gens", "habitant", "habitants", "résident", "résidents", "riverain", "riverains", "civil", "civils",
        "individu", "individus", "villageois", "enfant", "enfants", "adulte", "adultes", "homme", "hommes", "femme", "femmes", "ouvrier",
        "ouvriers", "salarié", "salariés", "employé", "employés", "travailleur", "travailleurs", "passager", "passagers", "soldat", "soldats",
        "militaire", "militaires", "policier", "policiers", "migrant", "migrants", "patient", "patients", "élève", "élèves", "étudiant",
        "étudiants", "touriste", "touristes", "spectateur", "spectateurs", "membre", "membres", "agent", "agents", "manifestant",
        "manifestants", "détenu", "détenus", "otage", "otages", "pompier", "pompiers", "secouriste", "secouristes",
        "people", "person", "persons", "resident", "residents", "inhabitant", "inhabitants", "civilian", "civilians", "individual",
        "individuals", "villager", "villagers", "child", "children", "adult", "adults", "man", "men", "woman", "women", "worker", "workers",
        "employee", "employees", "staff", "passenger", "passengers", "soldier", "soldiers", "troops", "officer", "officers", "migrant",
        "migrants", "patient", "patients", "pupil", "pupils", "student", "students", "tourist", "tourists", "spectator", "spectators",
        "member", "members", "protester", "protesters", "prisoner", "prisoners", "hostage", "hostages", "firefighter", "firefighters",
        "miner", "miners", "crew", "guests", "others",
    }.SelectMany(w => new[] { Stemmer.Stem(w, "fr"), Stemmer.Stem(w, "en") }).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a stem (of either language) is a noun that counts people.</summary>
    public static bool Contains(string stem) => Stems.Contains(stem);
}
