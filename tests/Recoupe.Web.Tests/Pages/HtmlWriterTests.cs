using Recoupe.Web.Html;

namespace Recoupe.Web.Tests.Pages;

public sealed class HtmlWriterTests
{
    [Fact]
    public void Text_and_attribute_values_are_escaped()
    {
        var html = new HtmlWriter().Element("a", "<b>\"x\" & 'y'</b>", ("title", "\" onmouseover=\"alert(1)"), ("href", "/x?a=1&b=<2>")).ToString();
        Assert.Equal("<a title=\"&quot; onmouseover=&quot;alert(1)\" href=\"/x?a=1&amp;b=&lt;2&gt;\">&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;</a>", html);
    }

    [Fact]
    public void Null_attributes_are_left_out()
    {
        Assert.Equal("<a>x</a>", new HtmlWriter().Element("a", "x", ("href", null)).ToString());
    }

    [Theory]
    [InlineData("a onclick")]
    [InlineData("img src=x")]
    [InlineData("")]
    [InlineData("a>")]
    public void Names_that_are_not_identifiers_are_bugs(string name)
    {
        Assert.Throws<ArgumentException>(() => new HtmlWriter().Open(name));
        Assert.Throws<ArgumentException>(() => new HtmlWriter().Open("a", (name, "v")));
    }

    [Theory]
    [InlineData("https://example.com/a?b=1", "https://example.com/a?b=1")]
    [InlineData("http://example.com", "http://example.com/")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("JaVaScRiPt:alert(1)", null)]
    [InlineData(" data:text/html,<script>alert(1)</script>", null)]
    [InlineData("//evil.example/x", null)]
    [InlineData("/relative", null)]
    [InlineData("ftp://example.com/f", null)]
    [InlineData("vbscript:msgbox", null)]
    public void Only_http_links_become_hrefs(string url, string? expected) => Assert.Equal(expected, SafeUrl.External(url));
}
