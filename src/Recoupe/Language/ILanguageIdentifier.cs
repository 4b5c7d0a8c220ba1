namespace Recoupe.Language;

/// <summary>An ISO 639-1 code ("und" when unknown) and how sure the identifier is, 0..1.</summary>
public sealed record LanguageGuess(string Code, double Confidence)
{
    public static readonly LanguageGuess Undetermined = new("und", 0);
}

public interface ILanguageIdentifier
{
    LanguageGuess Identify(string text);
}
