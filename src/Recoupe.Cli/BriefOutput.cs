using Recoupe.Cli.Rendering;
using Recoupe.Contracts;
using Recoupe.Model;

namespace Recoupe.Cli;

/// <summary>Writes briefs in the format asked: text for a terminal, md, json (the contract), html (one self-contained page).</summary>
public static class BriefOutput
{
    public static readonly string[] Formats = ["text", "md", "json", "html"];

    public static void Write(IReadOnlyList<Brief> briefs, string format)
    {
        switch (format.ToLowerInvariant())
        {
            case "json":
                // One story: one JSON document. Several: JSON Lines, one brief per line.
                if (briefs.Count == 1) Output.Data(BriefDocument.ToJson(briefs[0]));
                else foreach (var b in briefs) Output.Data(BriefDocument.ToJson(b, indented: false));
                break;
            case "md":
                foreach (var b in briefs) Output.Data(BriefRenderers.Markdown(b));
                break;
            case "html":
                foreach (var b in briefs) Output.Data(BriefRenderers.Html(b));
                break;
            default:
                foreach (var b in briefs) Output.Data(BriefTextRenderer.Render(b));
                break;
        }
    }
}
