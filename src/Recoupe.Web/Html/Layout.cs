namespace Recoupe.Web.Html;

/// <summary>The page shell: doctype, inline style sheet, top bar with search, main content, footer.</summary>
public static class Layout
{
    public static string Page(string title, Action<HtmlWriter> body, string? query = null)
    {
        var h = new HtmlWriter();
        h.Trusted("<!doctype html>");
        h.Open("html", ("lang", "en"));
        h.Open("head");
        h.Void("meta", ("charset", "utf-8"));
        h.Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
        h.Element("title", title + " · Recoupe");
        h.Open("style").Trusted(Styles.Css).Close("style");
        h.Close("head");
        h.Open("body");
        h.Open("header", ("class", "top"));
        h.Element("a", "Recoupe", ("class", "brand"), ("href", "/"));
        h.Element("a", "Stories", ("href", "/"), ("style", "color:#dfe6f3"));
        h.Open("form", ("action", "/search"), ("method", "get"), ("role", "search"));
        h.Void("input", ("type", "search"), ("name", "q"), ("value", query ?? ""), ("placeholder", "Search articles…"), ("aria-label", "Search articles"));
        h.Element("button", "Search", ("type", "submit"));
        h.Close("form");
        h.Close("header");
        h.Open("main");
        body(h);
        h.Close("main");
        h.Element("footer", "Recoupe — every statement points back to its sources.");
        h.Close("body").Close("html");
        return h.ToString();
    }
}
