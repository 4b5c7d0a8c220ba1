using System.Diagnostics;
using System.Text;
using Recoupe.Cleaning.Html;
using Recoupe.Model;

namespace Recoupe.Tests.Cleaning;

/// <summary>
/// The HTML path grows linearly with the page: pages of 100,000 sibling blocks once took quadratic time (a filtered
/// child collection indexed in a loop, siblings sorted by document position). Measured as a ratio between two sizes
/// on the same machine, so the bound holds on a loaded CI runner.
/// </summary>
public sealed class HtmlScalingTests
{
    private static string Page(int blocks)
    {
        var sb = new StringBuilder("<html><head><title>Page</title></head><body><div class='article-body'>");
        for (int i = 0; i < blocks; i++)
            sb.Append("<p>Le conseil a voté le budget ").Append(i).Append(", après un débat, et les travaux commencent.</p>\n");
        sb.Append("</div><script>var x = '</div>';</script><!-- fin --></body></html>");
        return sb.ToString();
    }

    private static double Seconds(string html)
    {
        var clock = Stopwatch.StartNew();
        var content = HtmlArticleExtractor.Extract(HtmlPrepass.Run(html).Html, new DocumentHints());
        clock.Stop();
        Assert.False(content.Paragraphs.IsDefaultOrEmpty);
        return clock.Elapsed.TotalSeconds;
    }

    [Fact]
    public void Hundred_thousand_sibling_blocks_cost_about_ten_times_ten_thousand()
    {
        var small = Page(10_000);
        var large = Page(100_000);
        Seconds(small); // warm-up: JIT and static tables
        double smallTime = Math.Min(Seconds(small), Seconds(small));
        double largeTime = Seconds(large);
        // Linear is 10x; quadratic would be 100x. 40x leaves room for GC and a busy machine.
        Assert.True(largeTime < Math.Max(smallTime, 0.05) * 40, $"10k blocks {smallTime:0.000}s, 100k blocks {largeTime:0.000}s");
    }
}

/// <summary>
/// Deep nesting: a tree builder's scope checks walk the stack of open elements, so 100,000 nested divs cost a minute
/// before the pre-pass capped the depth. Linear now, and the text inside survives.
/// </summary>
public sealed class HtmlNestingTests
{
    private const string Text = "Le conseil municipal a voté le budget de l'année après un long débat sur les écoles et les routes.";

    private static string Nested(int depth, string open = "<div>", string close = "</div>") =>
        "<html><body>" + string.Concat(Enumerable.Repeat(open, depth)) + "<p>" + Text + "</p>" + string.Concat(Enumerable.Repeat(close, depth)) + "</body></html>";

    private static double Seconds(string html)
    {
        var clock = Stopwatch.StartNew();
        var content = HtmlArticleExtractor.Extract(HtmlPrepass.Run(html).Html, new DocumentHints());
        clock.Stop();
        Assert.Contains(Text, string.Join("\n", content.Paragraphs));
        return clock.Elapsed.TotalSeconds;
    }

    [Theory]
    [InlineData("<div>", "</div>")]
    [InlineData("<div><table><tr><td>", "</td></tr></table></div>")]
    [InlineData("<b><i><span>", "")]
    public void Fifty_thousand_nested_elements_cost_about_ten_times_five_thousand(string open, string close)
    {
        var small = Nested(5_000, open, close);
        var large = Nested(50_000, open, close);
        Seconds(small);
        double smallTime = Math.Min(Seconds(small), Seconds(small));
        double largeTime = Seconds(large);
        Assert.True(largeTime < Math.Max(smallTime, 0.05) * 40, $"5k levels {smallTime:0.000}s, 50k levels {largeTime:0.000}s");
    }

    [Fact]
    public void Ordinary_nesting_goes_through_untouched_and_deep_nesting_is_flattened_past_the_cap()
    {
        var ordinary = Nested(30) + "<ul><li>a<li>b</ul><p>un<p>deux<table><tr><td>x<td>y<tr><td>z</table>";
        Assert.Equal(ordinary, HtmlPrepass.Run(ordinary).Html);
        var deep = HtmlPrepass.Run(Nested(1_000)).Html;
        // html and body count as two levels.
        Assert.Equal(NestingGuard.MaxDepth - 2, CountOf(deep, "<div>"));
        Assert.Equal(CountOf(deep, "<div>"), CountOf(deep, "</div>"));
        Assert.Contains(Text, deep);
    }

    private static int CountOf(string s, string what)
    {
        int n = 0;
        for (int i = s.IndexOf(what, StringComparison.Ordinal); i >= 0; i = s.IndexOf(what, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }
}

/// <summary>The pre-pass drops scripts, styles, SVG, templates and comments, and leaves text, ld+json and quoted attributes alone.</summary>
public sealed class HtmlPrepassTests
{
    [Fact]
    public void Drops_code_and_comments_but_keeps_text_and_metadata()
    {
        var html = "<head><script type=\"application/ld+json\">{\"headline\":\"T\"}</script><style>p{}</style></head>"
            + "<body><!-- <p>commented</p> --><svg><text>icon</text></svg><div class=\"a <script> in a value\">Texte visible</div>"
            + "<script>if (a < b) document.write('</div>');</script><noscript><p>Repli</p></noscript><template><p>gabarit</p></template><p>Fin</p></body>";
        var result = HtmlPrepass.Run(html);
        Assert.Contains("\"headline\":\"T\"", result.Html);
        Assert.Contains("Texte visible", result.Html);
        Assert.Contains("class=\"a <script> in a value\"", result.Html);
        Assert.Contains("Repli", result.Html);
        Assert.Contains("<p>Fin</p>", result.Html);
        Assert.DoesNotContain("commented", result.Html);
        Assert.DoesNotContain("icon", result.Html);
        Assert.DoesNotContain("document.write", result.Html);
        Assert.DoesNotContain("gabarit", result.Html);
        Assert.DoesNotContain("p{}", result.Html);
        Assert.True(result.DroppedChars > 0);
    }

    [Fact]
    public void Tags_keep_only_the_attributes_some_step_reads()
    {
        var html = "<div data-x=\"1 > 0\" class='story' onclick=go() hidden><img src=a.jpg srcset=\"a 1x, b 2x\"/><br/>"
            + "<a href=\"/x\" rel=author>A</a><link rel=canonical href=\"https://e.com/a\"><p ITEMPROP = articleBody>T</p></div>";
        var result = HtmlPrepass.Run(html);
        Assert.Equal("<div class='story' hidden><br/><a rel=author>A</a><link rel=canonical href=\"https://e.com/a\"><p ITEMPROP = articleBody>T</p></div>", result.Html);
        // Attributes written without spaces between them get one: the output may outgrow the input.
        var tight = string.Concat(Enumerable.Repeat("<p class=\"x\"id=\"y\"lang=\"z\"c>", 100));
        Assert.Equal(string.Concat(Enumerable.Repeat("<p class=\"x\" id=\"y\" lang=\"z\">", 100)), HtmlPrepass.Run(tight).Html);
        // Custom elements keep their whole name; "svg-icon" is not an svg to drop.
        Assert.Equal("<eop-teaser class=x><svg-icon>i</svg-icon></eop-teaser>", HtmlPrepass.Run("<eop-teaser data-y=1 class=x><svg-icon>i</svg-icon></eop-teaser>").Html);
        // A quote in an attribute name (where readers of broken markup disagree) leaves the tag as written.
        const string odd = "<p a\"b=1 data-x=2>x</p>";
        Assert.Equal(odd, HtmlPrepass.Run(odd).Html);
    }

    [Fact]
    public void Whitespace_next_to_block_tags_and_resource_links_go()
    {
        var html = "<html>\n<head>\n  <link rel=stylesheet href=a.css>\n  <link rel=canonical href=\"https://e.com/a\">\n  <title>T</title>\n</head>\n<body>\n"
            + "<div>\n  <span>a</span> <b>b</b>\n  <p>c <i>d</i> </p>\n  <!-- x -->\n</div>\n</body>\n</html>";
        Assert.Equal("<html><head><link rel=canonical href=\"https://e.com/a\"><title>T</title></head><body><div><span>a</span> <b>b</b><p>c <i>d</i></p></div></body></html>",
            HtmlPrepass.Run(html).Html);
    }

    [Fact]
    public void Menus_and_side_columns_go_unless_they_hold_metadata()
    {
        Assert.Equal("<p>a</p><p>b</p>", HtmlPrepass.Run("<p>a</p><nav><ul><li><nav>x</nav></li></ul></nav><aside>y</aside><p>b</p>").Html);
        // A headline in a breadcrumb nav, or an aside never closed, is parsed as usual.
        const string headline = "<nav><a>Home</a><h1>Title</h1></nav>";
        Assert.Equal(headline, HtmlPrepass.Run(headline).Html);
        Assert.Equal("<aside><p>z", HtmlPrepass.Run("<aside><p>z").Html);
        // Footers go unless they hold a byline or a date; iframes always.
        Assert.Equal("<p>a</p>", HtmlPrepass.Run("<p>a</p><footer><a>Impressum</a></footer><iframe src=x><p>y</p></iframe>").Html);
        const string byline = "<footer><span class=author>Jane Doe</span></footer>";
        Assert.Equal(byline, HtmlPrepass.Run(byline).Html);
    }

    [Fact]
    public void Thousands_of_unclosed_navs_cost_linear_time()
    {
        static double Seconds(int n)
        {
            var html = string.Concat(Enumerable.Repeat("<nav><p>x</p>", n));
            var clock = System.Diagnostics.Stopwatch.StartNew();
            HtmlPrepass.Run(html);
            return clock.Elapsed.TotalSeconds;
        }
        Seconds(1_000);
        double small = Seconds(20_000), large = Seconds(200_000);
        // Linear is 10x; quadratic would be 100x.
        Assert.True(large < Math.Max(small, 0.01) * 40, $"20k navs {small:0.000}s, 200k navs {large:0.000}s");
    }

    [Fact]
    public void Unclosed_script_drops_the_rest_and_plain_text_is_untouched()
    {
        Assert.Equal("<p>a</p>", HtmlPrepass.Run("<p>a</p><script>never closed <p>b</p>").Html);
        const string plain = "no markup at all < 3 > 2";
        Assert.Same(plain, HtmlPrepass.Run(plain).Html);
    }
}
