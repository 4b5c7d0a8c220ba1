using System.Collections.Immutable;
using System.Text;
using Recoupe.Model;

namespace Recoupe.Evaluation.Ner;

/// <summary>
/// Rebuilds running text from gold tokens: a space between tokens unless the data says "no space after"
/// (HIPE's NoSpaceAfter) or the punctuation rules of French print say so, and IOB tags turned into entity spans.
/// </summary>
internal sealed class TokenTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly ImmutableArray<GoldEntity>.Builder _entities = ImmutableArray.CreateBuilder<GoldEntity>();
    private bool _noSpaceNext = true;
    private int _entityStart = -1, _entityEnd = -1;
    private string? _entityType;

    public bool IsEmpty => _text.Length == 0;

    /// <summary>Adds a token with its IOB tag ("B-pers", "I-LOC", "O"); IOB1 data (I- opening an entity) works too.</summary>
    public void Add(string token, string tag, bool noSpaceAfter)
    {
        // Two word tokens are two words: NewsEye's NoSpaceAfter marks OCR line ends too ("du" NoSpaceAfter "Roule"), and
        // gluing them would make one token of two gold words (about 2,500 times in HIPE-2022's NewsEye sets).
        bool words = _text.Length > 0 && char.IsLetterOrDigit(_text[^1]) && token.Length > 0 && char.IsLetterOrDigit(token[0]);
        if ((!_noSpaceNext || words) && !GluesLeft(token)) _text.Append(' ');
        int start = _text.Length;
        _text.Append(token);
        _noSpaceNext = noSpaceAfter || GluesRight(token);

        var (bio, type) = Parse(tag);
        if (bio == 'O' || type is null) { CloseEntity(); return; }
        if (bio == 'B' || _entityType != type) { CloseEntity(); _entityStart = start; _entityType = type; }
        _entityEnd = _text.Length;
    }

    public void LineBreak()
    {
        CloseEntity();
        if (_text.Length > 0) _text.Append('\n');
        _noSpaceNext = true;
    }

    public NerDocument Build(string id)
    {
        CloseEntity();
        return new NerDocument(id, _text.ToString(), _entities.ToImmutable());
    }

    private void CloseEntity()
    {
        if (_entityType is not null && _entityEnd > _entityStart) _entities.Add(new GoldEntity(new TextSpan(_entityStart, _entityEnd), _entityType));
        _entityType = null;
        _entityStart = _entityEnd = -1;
    }

    private static (char Bio, string? Type) Parse(string tag)
    {
        if (tag.Length < 3 || tag[1] != '-') return ('O', null);
        return (char.ToUpperInvariant(tag[0]), NormalizeType(tag[2..]));
    }

    /// <summary>"PER"/"pers" -> "pers", "LOC"/"loc" -> "loc", "ORG"/"org" -> "org"; anything else as given, lower-case.</summary>
    public static string NormalizeType(string type)
    {
        var t = type.ToLowerInvariant();
        int dot = t.IndexOf('.');
        if (dot > 0) t = t[..dot];
        return t switch { "per" or "pers" => "pers", "loc" => "loc", "org" => "org", _ => t };
    }

    // French print puts a space before ; : ! ? but none before , . ) ]; English clitics split off by tokenisers ("'s",
    // "n't") go back onto their word.
    private static bool GluesLeft(string token) => token is "," or "." or ")" or "]" or "…" or "'" or "’"
        or "'s" or "’s" or "'S" or "n't" or "'re" or "'ve" or "'ll" or "'d" or "'m";
    private static bool GluesRight(string token) => token is "(" or "[" or "'" or "’" || token.Length == 2 && token[1] is '\'' or '’';
}
