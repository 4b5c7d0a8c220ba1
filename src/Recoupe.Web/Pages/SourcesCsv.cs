using System.Text;
using Recoupe.Briefs.Rendering;
using Recoupe.Model;

namespace Recoupe.Web.Pages;

/// <summary>
/// A story's sources as CSV (RFC 4180), numbered as the brief cites them. Every field comes from scraped pages, so a
/// cell a spreadsheet would read as a formula (=, +, -, @, tab, carriage return first) is prefixed with an apostrophe:
/// opening the file must never run what an outlet wrote (OWASP "CSV injection").
/// </summary>
public static class SourcesCsv
{
    public static readonly string[] Header = ["number", "article_id", "outlet", "title", "published", "language", "address", "copy_of"];

    public static string Write(Brief brief)
    {
        var labels = new SourceLabels(brief);
        var sb = new StringBuilder();
        Row(sb, Header);
        foreach (var a in labels.Numbered)
        {
            Row(sb,
            [
                labels.Number(a.Id).ToString(System.Globalization.CultureInfo.InvariantCulture),
                a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                a.Outlet ?? "",
                a.Title ?? "",
                a.Published ?? "",
                a.Language,
                // A web address is what a reader can follow; a local file path says where the newsroom keeps its files.
                SourceLabels.Host(a.Input) is null ? "" : a.Input.Trim(),
                a.CopyOf?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            ]);
        }
        return sb.ToString();
    }

    private static void Row(StringBuilder sb, IReadOnlyList<string> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append(Field(fields[i]));
        }
        sb.Append("\r\n");
    }

    /// <summary>One field: neutralised if a spreadsheet would evaluate it, quoted when it holds a comma, quote or line break.</summary>
    public static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        bool quote = value.AsSpan().IndexOfAny(",\"\r\n") >= 0;
        return quote ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
