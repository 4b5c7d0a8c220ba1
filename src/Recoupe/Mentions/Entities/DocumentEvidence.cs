namespace Recoupe.Mentions.Entities;

/// <summary>
/// What the whole document says about a word's case: a word seen capitalised in mid-sentence and never in
/// lower case is a name even where it opens a sentence ("Sullivan n'a pas précisé...").
/// </summary>
public sealed class DocumentEvidence
{
    private readonly HashSet<string> _capitalizedInside;
    private readonly HashSet<string> _lower;

    public DocumentEvidence(string text, Word[] words)
    {
        Text = text;
        _capitalizedInside = new HashSet<string>(words.Length / 6 + 4, StringComparer.Ordinal);
        _lower = new HashSet<string>(words.Length / 2 + 4, StringComparer.Ordinal);
        foreach (var w in words)
        {
            if (w.Headline) continue;
            if (w.Shape == WordShape.Lower) _lower.Add(w.Lower);
            else if (w.IsCapitalized && !w.Initial) _capitalizedInside.Add(w.Lower);
        }
    }

    public string Text { get; }

    /// <summary>Seen capitalised inside a sentence and never in lower case.</summary>
    public bool IsNameElsewhere(string lower) => _capitalizedInside.Contains(lower) && !_lower.Contains(lower);

    public bool SeenInLowerCase(string lower) => _lower.Contains(lower);
}
