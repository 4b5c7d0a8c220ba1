namespace Recoupe.Briefs.Analysis;

/// <summary>
/// A sentence's stems as the story's vocabulary takes them: each distinct stem once, in the order the sentence first uses it, with
/// how often it is used and whether some use lies outside entity and time mentions (a predicate word), plus the event classes and
/// paraphrase families of those predicate words. All of it depends on the sentence's words alone, so it is read once per sentence
/// read and kept with the article (<see cref="SentenceTokens.StemSet"/>): a rebuild maps each distinct stem to the story's term id
/// once instead of looking up every word, and builds no set per sentence. The first-use order is the order in which the story's
/// term ids and a sentence's term counts were always made, so ids, counts and every sum over them stay the same.
/// </summary>
internal sealed class SentenceStems
{
    private SentenceStems(string[] stems, int[] counts, bool[] predicate, int[] wordIndex, string[] eventClasses, int[] families)
    {
        Stems = stems;
        Counts = counts;
        Predicate = predicate;
        WordIndex = wordIndex;
        EventClasses = eventClasses;
        Families = families;
    }

    /// <summary>Distinct stems in order of first use.</summary>
    public string[] Stems { get; }
    /// <summary>Uses of each of <see cref="Stems"/>.</summary>
    public int[] Counts { get; }
    /// <summary>Whether some use of each of <see cref="Stems"/> is a predicate word.</summary>
    public bool[] Predicate { get; }
    /// <summary>For each word of the sentence, the index of its stem in <see cref="Stems"/>, or -1 (a stopword or a number).</summary>
    public int[] WordIndex { get; }
    /// <summary>Event classes of the predicate words (<see cref="Conflicts.EventPredicates"/>), distinct, in ordinal order.</summary>
    public string[] EventClasses { get; }
    /// <summary>Paraphrase families of the predicate words (<see cref="ParaphraseFamilies"/>), distinct, ascending.</summary>
    public int[] Families { get; }

    /// <param name="stems">Each word's stem, null for a stopword or a number.</param>
    /// <param name="predicate">Whether each word lies outside entity and time mentions.</param>
    public static SentenceStems Of(string?[] stems, bool[] predicate)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var distinct = new List<string>();
        var counts = new List<int>();
        var isPredicate = new List<bool>();
        var wordIndex = new int[stems.Length];
        var events = new SortedSet<string>(StringComparer.Ordinal);
        var families = new SortedSet<int>();
        for (int k = 0; k < stems.Length; k++)
        {
            wordIndex[k] = -1;
            var stem = stems[k];
            if (stem is null) continue;
            if (!index.TryGetValue(stem, out var i))
            {
                index[stem] = i = distinct.Count;
                distinct.Add(stem);
                counts.Add(0);
                isPredicate.Add(false);
            }
            wordIndex[k] = i;
            counts[i]++;
            if (!predicate[k]) continue;
            isPredicate[i] = true;
            if (Conflicts.EventPredicates.LabelOf(stem) is { } label) events.Add(label);
            if (ParaphraseFamilies.Of(stem) is var family and >= 0) families.Add(family);
        }
        return new SentenceStems(distinct.ToArray(), counts.ToArray(), isPredicate.ToArray(), wordIndex, events.ToArray(), families.ToArray());
    }
}
