using System.Collections.Frozen;
using Recoupe.Mentions.Names;

namespace Recoupe.Mentions.Lexicon;

/// <summary>A frozen set of folded words built from a space-separated list: the shape of every cue list here.</summary>
public sealed class WordSet
{
    private readonly FrozenSet<string> _words;

    public WordSet(string spaceSeparated) =>
        _words = spaceSeparated.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether the word, folded (any case, accents ignored), is in the set.</summary>
    public bool Contains(string word) => _words.Contains(IsFolded(word) ? word : TextFold.Fold(word));

    private static bool IsFolded(string w)
    {
        foreach (var c in w) if (c > 127 || char.IsUpper(c) || c is '-' or '\'' or '’') return false;
        return true;
    }
}
