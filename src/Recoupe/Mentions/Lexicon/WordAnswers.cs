namespace Recoupe.Mentions.Lexicon;

/// <summary>
/// The last answers a word list gave, one slot per hash of the word: the same words are asked about again and again
/// (every token of every article, and the tokenizer shares one string per word form), and an answer from a list folds
/// the word and hashes it first. Lock-free: a slot holds one immutable entry, replaced whole; a reader checks the word
/// before it takes the answer, so a collision or a race only costs asking the list again. Its size bounds its memory.
/// </summary>
internal sealed class WordAnswers
{
    private const int Bits = 12; // 4,096 slots: the words of a few articles fit without evicting one another
    private readonly Entry?[] _slots = new Entry?[1 << Bits];

    private sealed class Entry(string word, bool answer)
    {
        public readonly string Word = word;
        public readonly bool Answer = answer;
    }

    /// <summary>The remembered answer for <paramref name="word"/>, or null when there is none.</summary>
    public bool? Find(string word)
    {
        var e = Volatile.Read(ref _slots[Slot(word)]);
        return e is not null && (ReferenceEquals(e.Word, word) || string.Equals(e.Word, word, StringComparison.Ordinal)) ? e.Answer : null;
    }

    public bool Remember(string word, bool answer)
    {
        Volatile.Write(ref _slots[Slot(word)], new Entry(word, answer));
        return answer;
    }

    private static int Slot(string word) => Recoupe.Language.Fnv1a.Slot(Recoupe.Language.Fnv1a.Of(word), Bits);
}
