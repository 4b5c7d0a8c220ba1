using System.Collections.Frozen;

namespace Recoupe.Mentions.Time;

/// <summary>A sentence's rough grammatical time.</summary>
internal enum Tense { Unknown, Past, Present, Future }

/// <summary>
/// A rough tense for a sentence from cue words (auxiliaries, future endings, "hier", "last", "will"): enough to
/// pick the right "mardi" or the right year for "en juillet". Counting cues, not parsing: cheap and good enough for news.
/// </summary>
internal static class TenseCues
{
    private static readonly FrozenSet<string> Past = (
        "a ont avait avaient était étaient fut furent eu été hier dernier dernière derniers dernières passé passée auparavant " +
        "was were had did ago last yesterday earlier previously").Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Future = (
        "sera seront aura auront fera feront ira iront va vont devra devront pourra pourront prochain prochaine prochains prochaines demain doit doivent devrait " +
        "will shall next tomorrow upcoming coming 'll").Split(' ').ToFrozenSet(StringComparer.Ordinal);

    public static Tense Of(string text, int start, int end)
    {
        int past = 0, future = 0;
        int i = start;
        while (i < end)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            int s = i;
            while (i < end && (char.IsLetter(text[i]) || text[i] == '\'' && i + 1 < end && char.IsLetter(text[i + 1]) && i - s > 1)) i++;
            int len = i - s;
            if (len > 20) continue;
            var w = text.Substring(s, len).ToLowerInvariant();
            if (Past.Contains(w)) past++;
            else if (Future.Contains(w)) future++;
            else if (len > 5 && (w.EndsWith("eront", StringComparison.Ordinal) || w.EndsWith("iront", StringComparison.Ordinal) || w.EndsWith("erons", StringComparison.Ordinal))) future++;
            else if (len > 5 && (w.EndsWith("aient", StringComparison.Ordinal))) past++;
        }
        if (past == future) return Tense.Unknown;
        return past > future ? Tense.Past : Tense.Future;
    }
}
