namespace Recoupe.Mentions.Entities;

/// <summary>
/// What the whole document says about a word's case: a word seen capitalised in mid-sentence and never in
/// lower case is a name even where it opens a sentence ("Radcliff n'a pas précisé...").
/// </summary>
public sealed class DocumentEvidence
{
    // One table of how each word was seen (bits below), not a set per case: a word is hashed once when read and once
    // when asked about, and the document allocates one table.
    private readonly Dictionary<string, byte> _seen;
    private const byte Lower = 1, CapitalizedInside = 2;

    public DocumentEvidence(string text, Word[] words)
    {
        Text = text;
        _seen = new Dictionary<string, byte>(words.Length / 2 + 4, StringComparer.Ordinal);
        foreach (var w in words)
        {
            if (w.Headline) continue;
            byte bit = w.Shape == WordShape.Lower ? Lower : w.IsCapitalized && !w.Initial ? CapitalizedInside : (byte)0;
            if (bit == 0) continue;
            ref var seen = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_seen, w.Lower, out _);
            seen |= bit;
        }
    }

    public string Text { get; }

    /// <summary>Seen capitalised inside a sentence and never in lower case.</summary>
    public bool IsNameElsewhere(string lower) => _seen.GetValueOrDefault(lower) == CapitalizedInside;

    public bool SeenInLowerCase(string lower) => (_seen.GetValueOrDefault(lower) & Lower) != 0;
}
