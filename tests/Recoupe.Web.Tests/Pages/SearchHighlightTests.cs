using System.Text.RegularExpressions;
using Recoupe.Model;
using Recoupe.Web.Queries;
using Recoupe.Web.Tests.Support;

namespace Recoupe.Web.Tests.Pages;

/// <summary>Search snippets: centred on the phrase searched, with whole words marked, never parts of words.</summary>
public sealed partial class SearchHighlightTests
{
    private const string Filler = "Les habitants attendent depuis des semaines une réponse claire de la préfecture sur ce dossier ancien. ";

    [Fact]
    public void Only_whole_words_match()
    {
        const string text = "Les lecteurs lisent le journal. Le kiosque ferme.";
        var spans = SearchMatches.Find(text, new TextSpan(0, text.Length), SearchMatches.Words("le"), "fr").Select(m => m.Span.Of(text)).ToList();
        Assert.Equal(["le", "Le"], spans);
    }

    [Fact]
    public void A_word_matches_with_another_ending_and_inside_a_hyphenated_compound()
    {
        const string text = "Les inondations du sud-ouest. Une inondation majeure.";
        var spans = SearchMatches.Find(text, new TextSpan(0, text.Length), SearchMatches.Words("inondation ouest"), "fr").Select(m => m.Span.Of(text)).ToList();
        Assert.Contains("inondations", spans);
        Assert.Contains("inondation", spans);
        Assert.Contains("ouest", spans);
        Assert.DoesNotContain("sud-ouest", spans);
    }

    [Fact]
    public void The_snippet_is_centred_on_the_phrase_not_on_the_first_lone_word()
    {
        // "pont" and "levant" alone occur early; the phrase "pont levant" only far into the text.
        var text = "Le pont est fermé. Le soleil levant éclaire la ville. " + string.Concat(Enumerable.Repeat(Filler, 6))
                   + "Les ingénieurs ont réparé le pont levant hier soir. " + string.Concat(Enumerable.Repeat(Filler, 6));
        var window = ArticleSearch.Snippet(text, SearchMatches.Words("pont levant"), "fr");
        var snippet = window.Of(text);
        int at = snippet.IndexOf("pont levant", StringComparison.Ordinal);
        Assert.True(at >= 0, snippet);
        // Centred: about as much context before the phrase as after it.
        int before = at, after = snippet.Length - at - "pont levant".Length;
        Assert.True(Math.Abs(before - after) < 40, $"{before} before, {after} after: {snippet}");
    }

    [Fact]
    public async Task The_search_page_marks_whole_words_only_and_escapes_the_text()
    {
        await using var server = await RunningServer.StartAsync();
        using (var store = server.OpenStore())
            DirectStore.Add(store, "Le conseil <b>vote</b> les crédits. Les élus votent le budget du port.", outlet: "Vigie", published: "2024-02-01");
        var html = await server.Client.GetStringAsync("search?q=le");
        var marked = Marked().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(marked);
        Assert.All(marked, m => Assert.Equal("le", m.ToLowerInvariant()));
        Assert.DoesNotContain("<b>vote", html);
        Assert.Contains("&lt;b&gt;vote", html);
    }

    [GeneratedRegex("<mark[^>]*>([^<]*)</mark>")]
    private static partial Regex Marked();
}
