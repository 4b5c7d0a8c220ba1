namespace Recoupe.Mentions.Ner;

/// <summary>A labelled entity: the character range of its tokens and its type index (see <see cref="NerLabels.Types"/>).</summary>
public readonly record struct NerSpan(int Start, int End, int Type, int FirstToken, int LastToken);
