namespace Recoupe.Web.Html;

/// <summary>The page shell: doctype, inline style sheet, top bar with search, main content, footer.</summary>
public static class Layout
{
    /// <param name="print">The print view: no top bar or search, a body class the print rules key on.</param>
    public static string Page(string title, Action<HtmlWriter> body, string? query = null, bool print = false)
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
        if (print) h.Open("body", ("class", "print"));
        else h.Open("body");
        if (!print) TopBar(h, query);
        h.Open("main");
        body(h);
        h.Close("main");
        h.Element("footer", "Recoupe — every statement points back to its sources.");
        h.Close("body").Close("html");
        return h.ToString();
    }

    private static void TopBar(HtmlWriter h, string? query)
    {
        h.Open("header", ("class", "top"));
        h.Element("a", "Recoupe", ("class", "brand"), ("href", "/"));
        h.Element("a", "Stories", ("href", "/"), ("style", "color:#dfe6f3"));
        h.Open("form", ("action", "/search"), ("method", "get"), ("role", "search"));
        h.Void("input", ("type", "search"), ("name", "q"), ("value", query ?? ""), ("placeholder", "Search articles…"), ("aria-label", "Search articles"));
        h.Element("button", "Search", ("type", "submit"));
        h.Close("form");
        h.Close("header");
    }
}
