using System.Collections.Frozen;
using Recoupe.Mentions.Names;

namespace Recoupe.Mentions.Lexicon;

/// <summary>A frozen set of folded words built from a space-separated list: the shape of every cue list here.</summary>
public sealed class WordSet
{
    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _spans;

    public WordSet(string spaceSeparated)
    {
        _words = spaceSeparated.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        _spans = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether the word, folded (any case, accents ignored), is in the set.</summary>
    public bool Contains(string word) => _answers.Find(word) ?? _answers.Remember(word, Ask(word));

    // The words asked last, with their answers (see WordAnswers): most lookups are a word asked before.
    private readonly WordAnswers _answers = new();

    private bool Ask(string word)
    {
        if (IsFolded(word)) return _words.Contains(word);
        // Folded on the stack: these lookups run for every word of every article.
        Span<char> buffer = stackalloc char[64];
        return TextFold.TryFold(word, buffer, out int length) ? _spans.Contains(buffer[..length]) : _words.Contains(TextFold.Fold(word));
    }

    /// <summary>Whether a part of a word, folded, is in the set ("chambres" without its plural mark): no allocation.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[64];
        return TextFold.TryFold(word, buffer, out int length) ? _spans.Contains(buffer[..length]) : _words.Contains(TextFold.Fold(word.ToString()));
    }

    /// <summary>Whether the word, or the word without its plural mark (-s, -x), is in the set: "Chambres", "Usines".</summary>
    public bool ContainsSingularOf(string word) =>
        Contains(word) || word.Length > 4 && word[^1] is 's' or 'x' && Contains(word.AsSpan(0, word.Length - 1));

    private static bool IsFolded(string w)
    {
        foreach (var c in w) if (c > 127 || char.IsUpper(c) || c is '-' or '\'' or '’') return false;
        return true;
    }
}
