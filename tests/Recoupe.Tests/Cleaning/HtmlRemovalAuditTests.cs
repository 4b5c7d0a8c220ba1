using System.Text;
using Recoupe.Cleaning;
using Recoupe.Cleaning.Html;
using Recoupe.Model;

namespace Recoupe.Tests.Cleaning;

/// <summary>
/// Every piece of an HTML page's text that is not in the article is accounted for in removed[] with a reason: the
/// furniture the pre-pass drops before parsing (menus, side columns, footers) as well as the blocks outside the
/// container chosen as the article.
/// </summary>
public sealed class HtmlRemovalAuditTests
{
    private static Article Extract(string html)
    {
        var result = new ArticleExtractor().Extract(new RawDocument("test.html", Encoding.UTF8.GetBytes(html), InputKind.Html));
        Assert.True(result.Success, result.Error);
        return result.Value!;
    }

    private const string Page =
        "<html><head><title>Le budget adopté</title></head><body>"
        + "<nav><a href='/'>Accueil</a> <a href='/monde'>Monde</a><script>var x = '<b>menu</b>';</script></nav>"
        + "<aside><h3>À lire aussi</h3><a href='/x'>Le marché de Noël ouvre ses portes &amp; ses chalets</a></aside>"
        + "<div class='promo'><p>Recevez chaque matin notre lettre d'information gratuite.</p></div>"
        + "<div class='col'><p>Météo : soleil sur toute la région demain.</p></div>"
        + "<article><h1>Le budget adopté</h1>"
        + "<p>Le conseil municipal a voté mercredi le budget de l'année prochaine, après un long débat sur les investissements, la dette et les écoles.</p>"
        + "<p>Les travaux de rénovation commenceront au printemps, selon le maire, qui promet une concertation avec les habitants du quartier.</p>"
        + "</article><footer>© 2026 La Gazette du Val. Tous droits réservés.</footer></body></html>";

    [Fact]
    public void Furniture_dropped_before_parsing_is_recorded_with_its_visible_text()
    {
        var removed = Extract(Page).Removed;
        Assert.Contains(removed, r => r.Reason == RemovalReasons.Navigation && r.Text == "Accueil Monde");
        Assert.Contains(removed, r => r.Reason == RemovalReasons.Sidebar && r.Text.Contains("ses portes & ses chalets", StringComparison.Ordinal));
        Assert.Contains(removed, r => r.Reason == RemovalReasons.PageFooter && r.Text.Contains("Tous droits réservés", StringComparison.Ordinal));
    }

    [Fact]
    public void A_figure_caption_is_recorded_as_a_photo_caption_and_kept_out_of_the_text()
    {
        var page = Page.Replace("<article><h1>Le budget adopté</h1>",
            "<article><h1>Le budget adopté</h1><figure><img src='a.jpg'><figcaption>La salle du conseil, mercredi soir. Photo d'archive</figcaption></figure>",
            StringComparison.Ordinal);
        var article = Extract(page);
        Assert.Contains(article.Removed, r => r.Reason == RemovalReasons.PhotoCaption && r.Text.Contains("La salle du conseil", StringComparison.Ordinal));
        Assert.DoesNotContain("La salle du conseil", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Blocks_outside_the_article_are_recorded_and_the_article_is_not()
    {
        var article = Extract(Page);
        Assert.Contains(article.Removed, r => r.Reason == RemovalReasons.MarkedFurniture && r.Text.Contains("lettre d'information", StringComparison.Ordinal));
        Assert.Contains(article.Removed, r => r.Reason == RemovalReasons.OutsideArticle && r.Text.Contains("Météo", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Removed, r => r.Text.Contains("conseil municipal", StringComparison.Ordinal));
        Assert.Contains("conseil municipal", article.Text);
    }

    [Fact]
    public void Furniture_text_is_cut_and_skips_scripts()
    {
        var html = "<nav>" + string.Concat(Enumerable.Repeat("<a href='/r'>Rubrique</a> ", 200)) + "</nav>";
        var text = FurnitureText.Of(html, 5, html.Length - 6)!;
        Assert.True(text.Length <= FurnitureText.MaxChars + 2, text);
        Assert.EndsWith("…", text);
        Assert.Null(FurnitureText.Of("<script>var a = 1;</script><!-- x -->", 0, 37));
        const string custom = "<script-loader>Menu</script-loader>";
        Assert.Equal("Menu", FurnitureText.Of(custom, 0, custom.Length));
    }
}
