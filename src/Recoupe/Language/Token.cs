using Recoupe.Model;

namespace Recoupe.Language;

/// <summary>A word or number token: its span, and its lower-cased, accent-kept form.</summary>
public readonly record struct Token(TextSpan Span, string Lower)
{
    public bool IsNumber => Lower.Length > 0 && char.IsDigit(Lower[0]);
}
