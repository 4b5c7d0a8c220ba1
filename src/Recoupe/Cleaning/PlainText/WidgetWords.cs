using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Recoupe.Cleaning.PlainText;

/// <summary>
/// Lines made only of share/print/social widget words ("Partager Facebook Twitter E-mail", "Share this article",
/// "Drucken Teilen") and the bylines that announce an author ("Par …", "By …", "Von …").
/// </summary>
public static partial class WidgetWords
{
    private static readonly FrozenSet<string> ShareVocabulary = new[]
    {
        "partager", "partagez", "partage", "share", "shares", "sharing", "teilen", "compartir", "comparte", "condividi", "condividere",
        "imprimer", "print", "drucken", "imprimir", "stampa", "envoyer", "send", "senden", "enviar", "invia", "email", "e-mail", "mail", "courriel",
        "facebook", "twitter", "x", "whatsapp", "linkedin", "pinterest", "reddit", "telegram", "messenger", "flipboard", "tumblr", "instagram", "youtube", "tiktok", "threads", "bluesky", "mastodon",
        "copier", "copy", "kopieren", "copiar", "copia", "le", "lien", "link", "enlace", "url", "tweet", "tweeter", "pin", "sur", "on", "auf", "en", "su", "via", "par", "by",
        "cet", "article", "this", "story", "page", "artikel", "diesen", "dieses", "este", "artículo", "questo", "articolo", "the", "it", "favoris", "bookmark", "merken", "guardar", "salva", "save",
        "commenter", "comment", "kommentieren", "comentar", "commenta", "écouter", "listen", "anhören", "escuchar", "ascolta", "réagir", "gift", "offrir",
    }.ToFrozenSet(StringComparer.Ordinal);

    [GeneratedRegex(@"[\p{L}\-]+|\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Tokens();

    [GeneratedRegex(@"^\s*(?i:par|by|von|por|di|de|texte|text|texto|testo|reportage|written\s+by|[ée]crit\s+par|a\s+cura\s+di)\s*:?\s+(?<name>[\p{Lu}][\p{L}'’\-.]+(?:\s+(?:de|du|van|von|der|da|di|del|la|le|[\p{Lu}][\p{L}'’\-.]*)){1,4})(?:\s*(?:,|/|-|–|\||\(|et|and|und|y|e)\s*.{0,60})?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex BylinePattern();

    /// <summary>True when every word of a short line is a share/print/social widget word.</summary>
    public static bool IsShareWidget(string line)
    {
        if (line.Length > 120) return false;
        int words = 0;
        foreach (Match t in Tokens().Matches(line))
        {
            if (t.Value.Length > 0 && char.IsDigit(t.Value[0])) continue;
            if (!ShareVocabulary.Contains(t.Value.ToLowerInvariant())) return false;
            words++;
        }
        return words > 0;
    }

    /// <summary>The author named by a byline ("Par Jean Dupont", "By Jane Doe, Reuters"), or null.</summary>
    public static string? Byline(string line)
    {
        if (line.Length > 120) return null;
        var m = BylinePattern().Match(line);
        return m.Success ? m.Groups["name"].Value.Trim() : null;
    }
}
