using System.Collections.Frozen;

namespace Recoupe.Mentions.Time;

/// <summary>A clause's rough grammatical time.</summary>
internal enum Tense { Unknown, Past, Present, Future }

/// <summary>
/// A rough tense for the words around a time expression, from cue words: an auxiliary followed by a participle
/// ("a annoncé", "s'est éteinte"), the imperfect, "hier", "dernier", "was", "last"... for the past; future endings
/// ("jouera", "seront"), modals and plans ("doit", "peuvent", "rendez-vous", "will") for the future.
/// Counting cues, not parsing: cheap and enough to pick the right "mardi" or the year of "en juillet".
/// </summary>
internal static class TenseCues
{
    private static readonly FrozenSet<string> Past = (
        "avait avaient était étaient fut furent hier dernier dernière derniers dernières passé passée auparavant " +
        "was were had did ago last yesterday earlier previously").Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Future = (
        "sera seront aura auront fera feront ira iront va vont devra devront pourra pourront prochain prochaine prochains prochaines demain " +
        "doit doivent devrait devraient peut peuvent pourrait pourraient soit soient prévu prévue prévus prévues rendez-vous compte comptent " +
        "will shall next tomorrow upcoming coming 'll expected scheduled planned").Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Auxiliaries = (
        "a ont ai as avons avez est sont suis es sommes êtes avait avaient était étaient has have").Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] ParticipleEndings = ["é", "ée", "és", "ées", "i", "ie", "is", "it", "ite", "u", "ue", "us", "te", "ert", "erte", "ed", "en"];

    private static readonly FrozenSet<string> Deictic = FrozenSet.Create(StringComparer.Ordinal,
        "hier", "demain", "yesterday", "tomorrow", "dernier", "dernière", "derniers", "dernières", "prochain", "prochaine", "prochains", "prochaines", "last", "next");

    /// <param name="withDeictic">Whether "hier", "demain", "dernier"... count: they describe their own expression, so
    /// they are telling next to it but misleading across a whole sentence.</param>
    public static Tense Of(string text, int start, int end, bool withDeictic = true)
    {
        int past = 0, future = 0;
        int i = start;
        string previous = "";
        while (i < end)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            int s = i;
            while (i < end && (char.IsLetter(text[i]) || text[i] == '-' && i + 1 < end && char.IsLetter(text[i + 1]))) i++;
            int len = i - s;
            if (len > 24) continue;
            var w = text.Substring(s, len).ToLowerInvariant();
            if (!withDeictic && Deictic.Contains(w)) { previous = w; continue; }
            if (Past.Contains(w)) past++;
            else if (Future.Contains(w)) future++;
            else if (Auxiliaries.Contains(previous) && IsParticiple(w)) past++;
            else if (len > 5 && (w.EndsWith("eront", StringComparison.Ordinal) || w.EndsWith("iront", StringComparison.Ordinal) || w.EndsWith("erons", StringComparison.Ordinal) || w.EndsWith("era", StringComparison.Ordinal))) future++;
            else if (len > 5 && w.EndsWith("aient", StringComparison.Ordinal)) past++;
            previous = w;
        }
        if (past == future) return Tense.Unknown;
        return past > future ? Tense.Past : Tense.Future;
    }

    private static bool IsParticiple(string w)
    {
        if (w.Length < 3 || w.EndsWith("ais", StringComparison.Ordinal)) return false; // mais, jamais, désormais, français
        foreach (var e in ParticipleEndings)
            if (w.EndsWith(e, StringComparison.Ordinal)) return true;
        return false;
    }
}
