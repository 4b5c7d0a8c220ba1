using System.Net;
using System.Text.RegularExpressions;
using Recoupe.Model;
using Recoupe.Web.Html;
using Recoupe.Web.Pages;

namespace Recoupe.Web.Tests.Pages;

public sealed partial class MarkedTextTests
{
    private static string Render(string text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<Highlight> marks, params TextSpan[] cites)
    {
        var h = new HtmlWriter();
        MarkedText.Write(h, text, paragraphs, marks, cites);
        return h.ToString();
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    private static string VisibleText(string html) => WebUtility.HtmlDecode(Tag().Replace(html, ""));

    [Fact]
    public void Overlapping_mentions_become_flat_marks_carrying_every_class()
    {
        const string text = "Selon Owen Radcliff, « Kim paiera le prix ».";
        int quoteStart = text.IndexOf('«'), quoteEnd = text.Length - 1;
        int kim = text.IndexOf("Kim", StringComparison.Ordinal);
        var marks = new List<Highlight>
        {
            new(new TextSpan(quoteStart, quoteEnd), "m-quote", "quote"),
            new(new TextSpan(kim, kim + 3), "m-person", "person: Kim"),
            new(new TextSpan(6, 18), "m-person", "person: Owen Radcliff"),
            new(new TextSpan(11, 18), "m-speaker", "speaker"),
        };

        var html = Render(text, [new TextSpan(0, text.Length)], marks);

        Assert.Equal(text, VisibleText(html));
        Assert.Contains("<mark class=\"m-quote m-person\" title=\"quote · person: Kim\">Kim</mark>", html);
        Assert.Contains("<mark class=\"m-person m-speaker\"", html);
        Assert.DoesNotContain("<mark class=\"m-quote\" title=\"quote\"><mark", html); // never nested
        Assert.Equal(Regex.Matches(html, "<mark").Count, Regex.Matches(html, "</mark>").Count);
    }

    [Fact]
    public void Cited_spans_get_their_anchor_id_once_even_across_paragraphs()
    {
        const string text = "Premier paragraphe ici.\nSecond paragraphe là.";
        var paragraphs = new[] { new TextSpan(0, 23), new TextSpan(24, text.Length) };

        var html = Render(text, paragraphs, [], new TextSpan(8, 30));

        Assert.Single(Regex.Matches(html, "id=\"c-8-30\""));
        Assert.Equal(2, Regex.Matches(html, "class=\"cite\"").Count); // continued in the second paragraph
        Assert.Equal(2, Regex.Matches(html, "<p>").Count);
        Assert.Equal("Premier paragraphe ici.Second paragraphe là.", VisibleText(html));
    }

    [Fact]
    public void A_cite_overlapping_another_still_gets_an_anchor()
    {
        const string text = "Une phrase assez longue pour deux citations qui se chevauchent.";
        var html = Render(text, [new TextSpan(0, text.Length)], [], new TextSpan(0, 30), new TextSpan(20, 50));
        Assert.Contains("id=\"c-0-30\"", html);
        Assert.Contains("id=\"c-20-50\"", html);
        Assert.Equal(text, VisibleText(html));
    }

    [Fact]
    public void Spans_outside_the_text_are_ignored_and_text_is_escaped()
    {
        const string text = "<script>alert(1)</script> & <b>gras</b>";
        var html = Render(text, [new TextSpan(0, 500)], [new Highlight(new TextSpan(3, 900), "m-time", "bad"), new Highlight(new TextSpan(0, 8), "m-other", "x")],
            new TextSpan(5, 1000));
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Equal(text, VisibleText(html));
        Assert.DoesNotContain("m-time", html);
    }

    [Fact]
    public void Without_stored_paragraphs_lines_are_paragraphs()
    {
        var html = Render("Un.\n\nDeux.\n", [], []);
        Assert.Equal("<p>Un.</p><p>Deux.</p>", html);
    }

    [Fact]
    public void Many_mentions_render_quickly()
    {
        var text = string.Concat(Enumerable.Repeat("Kim et Poutine se rencontrent en septembre. ", 5000));
        var marks = new List<Highlight>();
        for (int i = 0; i + 30 < text.Length; i += 44)
        {
            marks.Add(new Highlight(new TextSpan(i, i + 3), "m-person", "Kim"));
            marks.Add(new Highlight(new TextSpan(i, i + 40), "m-quote", "q"));
            marks.Add(new Highlight(new TextSpan(i + 31, i + 40), "m-time", "t"));
        }
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var html = Render(text, [new TextSpan(0, text.Length)], marks);
        Assert.True(watch.ElapsedMilliseconds < 2000, $"{watch.ElapsedMilliseconds} ms");
        Assert.Equal(text, VisibleText(html));
    }
}
