using System.Text.Json.Serialization;

namespace Recoupe.Model;

/// <summary>A half-open character range [Start, End) into an article's text. Never a copy of the text.</summary>
public readonly record struct TextSpan
{
    [JsonConstructor]
    public TextSpan(int start, int end)
    {
        if (start < 0 || end < start)
            throw new ArgumentOutOfRangeException(nameof(start), $"Invalid span [{start}, {end}).");
        Start = start;
        End = end;
    }

    public int Start { get; }
    public int End { get; }
    public int Length => End - Start;

    public bool Contains(int position) => position >= Start && position < End;
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public string Of(string text) => text.Substring(Start, Length);

    public override string ToString() => $"[{Start},{End})";
}
