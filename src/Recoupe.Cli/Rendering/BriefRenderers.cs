using Recoupe.Briefs.Rendering;
using Recoupe.Model;

namespace Recoupe.Cli.Rendering;

/// <summary>Markdown and HTML renderings of a brief: the engine's renderers (escaping is theirs).</summary>
public static class BriefRenderers
{
    public static string Markdown(Brief b) => BriefMarkdownRenderer.Render(b);
    public static string Html(Brief b) => BriefHtmlRenderer.Render(b);
}
