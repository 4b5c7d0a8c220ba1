namespace Recoupe.Mentions.Entities;

/// <summary>
/// A word of the text as the recognizer sees it: span, lower-case form, shape flags, and how it is
/// joined to the word before (a single space inside a name, an elision apostrophe after "d").
/// </summary>
public readonly record struct Word(int Start, int End, string Lower, WordShape Shape, bool Initial, bool JoinedToPrevious, bool Headline)
{
    public bool IsCapitalized => Shape is WordShape.Capitalized or WordShape.AllCaps;
    public int Length => End - Start;
}

public enum WordShape { Lower, Capitalized, AllCaps, Number }
