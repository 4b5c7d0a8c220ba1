using System.Text;

namespace Recoupe.Web.Html;

/// <summary>
/// Builds HTML where every piece of data is escaped: text and attribute values always go through
/// <see cref="Escape"/>, and tag and attribute names must be plain identifiers written in code.
/// Scraped text can therefore never open a tag or an attribute, whatever it holds.
/// </summary>
public sealed class HtmlWriter
{
    private readonly StringBuilder _sb = new(8 * 1024);

    /// <summary>Escaped text.</summary>
    public HtmlWriter Text(string? text)
    {
        if (!string.IsNullOrEmpty(text)) Escape(text, _sb);
        return this;
    }

    /// <summary>Escaped text of a range of a string (no substring copy for long article texts).</summary>
    public HtmlWriter Text(string text, int start, int end)
    {
        if (end > start) Escape(text.AsSpan(start, end - start), _sb);
        return this;
    }

    public HtmlWriter Open(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        CheckName(tag);
        _sb.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            // A null value leaves the attribute out: that is how unsafe links are dropped.
            if (value is null) continue;
            CheckName(name);
            _sb.Append(' ').Append(name).Append("=\"");
            Escape(value, _sb);
            _sb.Append('"');
        }
        _sb.Append('>');
        return this;
    }

    public HtmlWriter Close(string tag)
    {
        CheckName(tag);
        _sb.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>An element holding escaped text.</summary>
    public HtmlWriter Element(string tag, string? text, params ReadOnlySpan<(string Name, string? Value)> attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    /// <summary>An element without content or end tag (br, input, meta).</summary>
    public HtmlWriter Void(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes) => Open(tag, attributes);

    /// <summary>Markup written in this code base (the doctype, the style sheet). Never pass data here.</summary>
    internal HtmlWriter Trusted(string markup)
    {
        _sb.Append(markup);
        return this;
    }

    public override string ToString() => _sb.ToString();

    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        Escape(text, sb);
        return sb.ToString();
    }

    /// <summary>Escapes the five characters that matter in text and in quoted attribute values; drops NUL.</summary>
    private static void Escape(ReadOnlySpan<char> text, StringBuilder sb)
    {
        int run = 0;
        for (int i = 0; i < text.Length; i++)
        {
            string? entity = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\0' => "",
                _ => null,
            };
            if (entity is null) continue;
            sb.Append(text[run..i]).Append(entity);
            run = i + 1;
        }
        sb.Append(text[run..]);
    }

    /// <summary>Tag and attribute names come from code; anything else is a bug, caught here rather than in a page.</summary>
    private static void CheckName(string name)
    {
        if (name.Length == 0) throw new ArgumentException("empty HTML name");
        foreach (var c in name)
            if (!(char.IsAsciiLetterOrDigit(c) || c == '-'))
                throw new ArgumentException($"not an HTML name: {name}");
    }
}
