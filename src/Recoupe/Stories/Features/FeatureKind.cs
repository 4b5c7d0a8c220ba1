namespace Recoupe.Stories.Features;

/// <summary>
/// What a feature key stands for. Keys carry their kind as a one-character prefix ("w|fr|", "n|", "d|")
/// so that one sparse vector holds all of them. Names and numbers are language-independent: they are
/// what links an English or German article to a French story.
/// </summary>
public enum FeatureKind { Stem, Name, Number }

public static class FeatureKeys
{
    public const char NamePrefix = 'n';
    public const char NumberPrefix = 'd';
    public const char StemPrefix = 'w';

    public static string Stem(string language, string foldedStem) => string.Concat("w|", language, "|", foldedStem);
    public static string Name(string key) => "n|" + key;
    public static string Number(string digits) => "d|" + digits;

    public static FeatureKind KindOf(string key) => key[0] switch
    {
        NamePrefix => FeatureKind.Name,
        NumberPrefix => FeatureKind.Number,
        _ => FeatureKind.Stem,
    };

    /// <summary>True for names and numbers, which mean the same thing in every language.</summary>
    public static bool IsLanguageIndependent(string key) => key[0] != StemPrefix;

    /// <summary>True when a stem key belongs to <paramref name="language"/> ("w|fr|…" for "fr").</summary>
    public static bool IsStemOf(string key, string language) =>
        key[0] == StemPrefix && key.Length > language.Length + 3 && key.AsSpan(2, language.Length).SequenceEqual(language) && key[2 + language.Length] == '|';
}
