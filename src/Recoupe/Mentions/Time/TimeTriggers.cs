using System.Collections.Frozen;

namespace Recoupe.Mentions.Time;

/// <summary>Word classes that every time expression contains at least one of (a rule's mandatory element).</summary>
[Flags]
internal enum Trigger
{
    None = 0, Digit = 1, Month = 2, Weekday = 4, Deictic = 8, PeriodUnit = 16, DurationUnit = 32,
    PartOfDay = 64, SetWord = 128, Reference = 256,
    /// <summary>A word that points back to the narrative's time ("lendemain", "même", "jour-là", "suivante", "that").</summary>
    Anaphor = 512,
    /// <summary>A number that can be a year: four digits, 1000-2099, or a decade ("1970s").</summary>
    YearLike = 1024,
    /// <summary>A number followed by h, :, a.m./p.m. ("14h02", "8 h", "2:30").</summary>
    ClockLike = 2048,
    /// <summary>A number glued to / . or - and more digits ("12/09/2023", "2023-09-12").</summary>
    DateLike = 4096,
    Season = 8192, Holiday = 16384,
    /// <summary>"par", "fois", "per", "twice": a rate ("deux fois par mois", "trois fois l'an").</summary>
    PerWord = 1 << 15,
    /// <summary>"quotidien", "hebdomadaire", "daily".</summary>
    SetAdjectiveWord = 1 << 16,
    /// <summary>"demi", "half": "deux heures et demie".</summary>
    Half = 1 << 17,
    /// <summary>Words that are lengths by themselves: "quinquennat", "demi-siècle", "quart d'heure", "fortnight".</summary>
    NamedLength = 1 << 18,
    /// <summary>"trimestre", "semestre", "quarter".</summary>
    QuarterWord = 1 << 19,
    /// <summary>An ordinal: "deuxième", "third", "3e", "2nd".</summary>
    OrdinalWord = 1 << 20,
    /// <summary>"siècle", "century".</summary>
    CenturyWord = 1 << 21,
    /// <summary>"années" ("les années soixante").</summary>
    DecadeWord = 1 << 22,
    /// <summary>"minute": the minute of a match ("la 35e minute").</summary>
    MinuteWord = 1 << 23,
    /// <summary>The key words of reference locutions ("à ce jour", "ces derniers temps", "tôt ou tard"): common words, so only those rules look at them.</summary>
    Locution = 1 << 24,
}

/// <summary>
/// One pass over the words of a text that finds where time expressions can be: the positions of their mandatory
/// words (a month name, a unit, a digit...). Rules then run their patterns only in windows around those words,
/// so an article costs one word scan plus a few short regex runs instead of ~40 full-text scans.
/// </summary>
internal static class TimeTriggers
{
    private static readonly FrozenDictionary<string, Trigger>.AlternateLookup<ReadOnlySpan<char>> Words = Build().GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, Trigger> Build()
    {
        var map = new Dictionary<string, Trigger>(StringComparer.OrdinalIgnoreCase);
        void Add(Trigger t, string words)
        {
            foreach (var w in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                map[w] = map.GetValueOrDefault(w) | t;
        }
        Add(Trigger.Month, "janvier janv février fevrier févr fév mars avril avr mai juin juillet juil août aout septembre sept octobre oct novembre nov décembre decembre déc dec " +
            "january jan february feb march mar april apr may june jun july jul august aug september sep sept october november december");
        Add(Trigger.Weekday, "lundi mardi mercredi jeudi vendredi samedi dimanche lundis mardis mercredis jeudis vendredis samedis dimanches " +
            "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays");
        Add(Trigger.Deictic, "hier aujourd demain avant-hier après-demain yesterday today tomorrow tonight");
        Add(Trigger.PeriodUnit, "semaine week-end mois année an trimestre semestre siècle décennie week weekend month year quarter half century decade courant");
        Add(Trigger.DurationUnit, "seconde secondes minute minutes heure heures jour jours journée journées semaine semaines mois an ans année années décennie décennies siècle siècles " +
            "trimestre trimestres semestre semestres nuit nuits week-end week-ends quinquennat septennat demi-siècle demi-heure demi-journée mi-temps " +
            "second seconds minutes hour hours day days week weeks month months year years decade decades century centuries quarters night nights weekends fortnight");
        Add(Trigger.PartOfDay, "matin matinée midi après-midi soir soirée nuit minuit journée aube crépuscule tombée mi-journée petit-jour morning afternoon evening night noon midnight midday " +
            "dawn dusk daybreak nightfall");
        Add(Trigger.SetWord, "chaque tous toutes every each");
        Add(Trigger.PerWord, "par per fois once twice times");
        Add(Trigger.SetAdjectiveWord, "annuel annuelle annuels annuelles annuellement hebdomadaire hebdomadaires hebdomadairement mensuel mensuelle mensuels mensuelles " +
            "mensuellement quotidien quotidienne quotidiens quotidiennes quotidiennement journalier journalière journaliers journalières bimensuel bimensuelle bimensuels bimensuelles " +
            "trimestriel trimestrielle trimestriels trimestrielles semestriel semestrielle semestriels semestrielles bihebdomadaire bihebdomadaires " +
            "daily weekly monthly annually yearly annual biweekly quarterly nightly hourly");
        Add(Trigger.Half, "demi demie half");
        Add(Trigger.NamedLength, "demi-siècle demi-heure demi-journée quart quarts quinquennat septennat fortnight half quarter quarter-century");
        Add(Trigger.QuarterWord, "trimestre semestre quarter half");
        Add(Trigger.OrdinalWord, "premier première deuxième second seconde troisième quatrième cinquième sixième septième huitième neuvième dixième " +
            "first second third fourth fifth last dernier dernière");
        Add(Trigger.CenturyWord, "siècle siècles century centuries");
        Add(Trigger.DecadeWord, "années twenties thirties forties fifties sixties seventies eighties nineties");
        Add(Trigger.Reference, "maintenant désormais dorénavant actuellement présentement présent nos moment instant heure autrefois jadis auparavant naguère récemment dernièrement " +
            "passé avenir futur future futurs futures prochainement bientôt ultérieurement actuel actuelle actuels actuelles prochain prochaine prochains prochaines " +
            "now currently nowadays present presently being formerly past future recently lately soon days");
        Add(Trigger.Anaphor, "veille lendemain avant-veille surlendemain même là jour-là soir-là matin-là nuit-là semaine-là mois-là année-là moment instant " +
            "précédent précédente suivant suivante avant après day same that following previous next preceding");
        Add(Trigger.MinuteWord, "minute");
        Add(Trigger.Locution, "jours-ci heure immédiat ores temps longtemps tôt jour époque");
        Add(Trigger.Season, "été hiver printemps automne summer winter spring autumn fall");
        Add(Trigger.Holiday, "noël sylvestre saint-sylvestre nouvel an toussaint pâques pentecôte ascension assomption valentin saint-valentin chandeleur gras épiphanie epiphanie " +
            "fête réveillon veille saint halloween christmas year easter good thanksgiving independence labor memorial valentine boxing veterans");
        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static Trigger NumberShape(string text, int start, int end)
    {
        var shape = Trigger.None;
        int digits = 0;
        while (start + digits < end && char.IsDigit(text[start + digits])) digits++;
        if (digits == 4 && text[start] is '1' or '2') shape |= Trigger.YearLike;
        if (digits == 2 && (end - start == 2 || end - start == 3 && text[start + 2] == 's')) shape |= Trigger.YearLike; // "années 60", "the 90s"
        if (end < text.Length && text[end] is '/' or '.' or '-' && end + 1 < text.Length && char.IsDigit(text[end + 1])) shape |= Trigger.DateLike;
        int k = start + digits;
        // French typography puts a no-break space (or a narrow one) between the hour and its unit: "19\u00A0heures", "14\u202Fh"
        while (k < text.Length && k - end < 2 && text[k] is ' ' or '\u00A0' or '\u202F') k++;
        if (k < text.Length && text[k] is 'h' or 'H' or ':' or 'a' or 'p' or 'A' or 'P') shape |= Trigger.ClockLike;
        if (k + 1 < text.Length && text[k] == 'h' || digits < end - start && text[start + digits] is 'h' or 'H') shape |= Trigger.ClockLike;
        // "3e", "2ème", "1er", "1re", "2nd", "4th"
        if (digits is 1 or 2 && end - start > digits && end - start <= digits + 3 && text[start + digits] is 'e' or 'è' or 'r' or 'n' or 's' or 't') shape |= Trigger.OrdinalWord;
        return shape;
    }

    /// <summary>Positions (word start, word end) and classes of every trigger word, in text order.</summary>
    public static List<(int Start, int End, Trigger Kind)> Find(string text)
    {
        var found = new List<(int, int, Trigger)>();
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            int s = i;
            bool digit = char.IsDigit(text[i]);
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && !digit)) i++;
            if (digit) { found.Add((s, i, Trigger.Digit | NumberShape(text, s, i))); continue; }
            int len = i - s;
            if (len > 24) continue;
            var word = text.AsSpan(s, len); // the lookup ignores case: no lower-cased copy
            if (Words.TryGetValue(word, out var kind)) found.Add((s, i, kind));
            else if (word.IndexOf('-') > 0)
            {
                // "mi-mars", "après-midi", "demi-siècle": try the last part of a hyphenated word
                if (Words.TryGetValue(word[(word.LastIndexOf('-') + 1)..], out kind)) found.Add((s, i, kind));
            }
        }
        return found;
    }
}
