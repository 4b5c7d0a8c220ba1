namespace Recoupe.Mentions.Ner;

/// <summary>A token the sequence labeller reads: a character range of the text (word, number or punctuation mark).</summary>
public readonly record struct NerToken(int Start, int End)
{
    public int Length => End - Start;
}
