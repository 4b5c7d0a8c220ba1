using Recoupe.Model;

namespace Recoupe.Cli.Rendering;

/// <summary>Markdown and HTML renderings of a brief (the engine's renderers).</summary>
public static class BriefRenderers
{
    // Wired to Recoupe.Briefs.Rendering when the briefs stage lands; text until then.
    public static string Markdown(Brief b) => BriefTextRenderer.Render(b);
    public static string Html(Brief b) => "<pre>" + System.Net.WebUtility.HtmlEncode(BriefTextRenderer.Render(b)) + "</pre>";
}
