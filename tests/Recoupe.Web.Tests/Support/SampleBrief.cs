using System.Collections.Immutable;
using Recoupe.Model;
using Recoupe.Storage;

namespace Recoupe.Web.Tests.Support;

/// <summary>
/// A full brief (facts, a July/August conflict, quotes, entities, timeline) built over real stored articles,
/// so that the pages can be tested on the whole contract whatever the brief builder produces today.
/// </summary>
public static class SampleBrief
{
    public const string ConflictAbout = "When Sergei Orlikov visited North Korea";
    public const string July = "July (juillet)";
    public const string August = "August (août)";

    /// <summary>Saves the sample brief for the story of <paramref name="julyArticle"/>; the conflict cites the two articles.</summary>
    public static Brief Save(SqliteStore store, long julyArticle, long augustArticle)
    {
        var storyId = store.ResolveStoryId(store.GetArticleStory(julyArticle)!.Value)!.Value;
        var story = store.GetStory(storyId)!;
        var articles = store.GetStoryArticles(storyId).Select(a => a.Article).ToList();
        var july = store.GetArticle(julyArticle)!.Article;
        var august = store.GetArticle(augustArticle)!.Article;
        var first = articles[0];

        SourceSpan Cite(Article a, string words) => SentenceAround(a, words);
        var brief = new Brief(
            storyId, "North Korea–Russia arms talks: Washington warns Pyongyang", story.FirstSeen, story.LastSeen,
            [.. articles.Select(a => new BriefArticle(a.Id, a.Outlet, a.Title, a.Published?.ToIso(), a.Language, a.Input, a.CopyOf))],
            [
                new SummarySentence("Two governments are said to be negotiating a supply deal, a spokesperson says.", [Cite(first, "Corée"), Cite(july, "Russie")]),
                new SummarySentence("The two leaders may meet within weeks.", [Cite(august, "Kim")]),
            ],
            [
                new Fact("Talks between the two governments go on.", [Cite(first, "armes"), Cite(july, "armes"), Cite(august, "armes")], 3),
                new Fact("The meeting could take place in a port city.", [Cite(july, "Russie")], 1),
            ],
            [
                new Conflict(ConflictAbout, [
                    new Claim(July, [Cite(july, "juillet")]),
                    new Claim(August, [Cite(august, "août")]),
                ], "date"),
            ],
            [
                new BriefQuote("Owen Radcliff", "national security adviser", "Any such deal would carry a cost for both sides.", [Cite(first, "prix")], 2),
                new BriefQuote("Owen Radcliff", "national security adviser", "We will keep pressing both capitals to keep their word.", [Cite(first, "engagements")]),
                new BriefQuote("Marianne Holtby", null, "A summit between the two leaders cannot be ruled out.", [Cite(august, "Holtby")]),
            ],
            [
                new BriefEntity("Kim Jong Un", "person", ["Kim Jong Un", "Kim Jong-un", "Kim"], 14, "leader"),
                new BriefEntity("Vladimir Putin", "person", ["Vladimir Poutine", "Poutine"], 11),
                new BriefEntity("Owen Radcliff", "person", ["Owen Radcliff", "Radcliff"], 4, "national security adviser"),
                new BriefEntity("White House", "organization", ["Maison Blanche"], 6),
                new BriefEntity("Pyongyang", "place", ["Pyongyang"], 5),
            ],
            [
                new TimelineEvent("2023-07", "month", "A defence minister visits a foreign capital.", [Cite(july, "juillet")]),
                new TimelineEvent("2023-09-04", "day", "A spokesperson says a summit cannot be ruled out.", [Cite(august, "Holtby")]),
                new TimelineEvent("2023-09-05", "day", "Radcliff warns of a cost.", [Cite(first, "prix")]),
                new TimelineEvent("2023-09-12", "day", "A leader arrives for the summit.", [Cite(august, "Kim")]),
            ]);
        store.SaveBrief(brief);
        return brief;
    }

    /// <summary>The sentence (between line breaks or full stops) around the first occurrence of <paramref name="words"/>; the opening if absent.</summary>
    public static SourceSpan SentenceAround(Article a, string words)
    {
        var text = a.Text;
        int at = text.IndexOf(words, StringComparison.Ordinal);
        if (at < 0) return new SourceSpan(a.Id, 0, Math.Min(text.Length, 80));
        int start = at;
        while (start > 0 && text[start - 1] is not ('.' or '\n')) start--;
        while (start < at && char.IsWhiteSpace(text[start])) start++;
        int end = at;
        while (end < text.Length && text[end] is not ('.' or '\n')) end++;
        if (end < text.Length && text[end] == '.') end++;
        return new SourceSpan(a.Id, start, end);
    }
}
