using Recoupe.Briefs.Analysis;
using Recoupe.Model;

namespace Recoupe.Briefs.Quotes;

/// <summary>A quotation of one article with its speaker resolved across the story.</summary>
internal sealed record SpeakerQuote(int ArticleIndex, QuoteMention Mention, string SpeakerKey, string SpeakerName, string? Role, string Text, string[] Words, string[] Surface)
{
    /// <summary>The speaker's story-wide entity (an index into <see cref="StoryCorpus.Entities"/>), or -1 when the speaker is only a name.</summary>
    public int SpeakerEntity { get; init; } = -1;

    /// <summary>The quotation's words as the article's reading gives them (<see cref="ArticleQuotes"/>), with their distinct set.</summary>
    public QuoteWords? Read { get; init; }
}

/// <summary>
/// Collects the story's quotations and resolves each speaker to a story-wide entity: through the speaker's
/// mention key (the quote extractor's link to an entity of the same article), else the entity mention under
/// the speaker span, else the speaker's name as written (lower-cased), so that unlinked speakers still group.
/// </summary>
internal static class SpeakerQuotes
{
    public static List<SpeakerQuote> Collect(StoryCorpus corpus)
    {
        var result = new List<SpeakerQuote>();
        for (int a = 0; a < corpus.Articles.Count; a++)
        {
            var analyzed = corpus.Articles[a];
            var quotes = analyzed.Annotations.Quotes;
            // The quotations' words come with the article's cached reading; only their speakers are resolved again.
            var read = corpus.ReadOf(a).Quotes(quotes);
            for (int k = 0; k < quotes.Length; k++)
            {
                if (read.Words[k] is not { } words) continue;
                var q = quotes[k];
                var (key, name, role, entity) = Speaker(corpus, a, q);
                if (key is null) continue;
                result.Add(new SpeakerQuote(a, q, key, name!, role, words.Text, words.Lower, words.Surface) { SpeakerEntity = entity, Read = words });
            }
        }
        return result;
    }

    private static (string? Key, string? Name, string? Role, int Entity) Speaker(StoryCorpus corpus, int a, QuoteMention q)
    {
        var entities = corpus.Articles[a].Annotations.Entities;
        EntityMention? mention = null;
        if (q.SpeakerKey is not null)
            mention = entities.FirstOrDefault(m => m.Key == q.SpeakerKey && corpus.EntityOf(a, m) >= 0);
        if (mention is null && q.SpeakerSpan is { } span)
            mention = entities.FirstOrDefault(m => m.Span.Overlaps(span) && corpus.EntityOf(a, m) >= 0);
        if (mention is not null)
        {
            var e = corpus.EntityOf(a, mention);
            var entity = corpus.Entities[e].Entity;
            var role = entity.Role ?? corpus.Entities[e].Mentions.Select(m => m.Mention.Role).FirstOrDefault(r => r is not null);
            return ("e" + e, entity.Name, role, e);
        }
        if (string.IsNullOrWhiteSpace(q.Speaker)) return (null, null, null, -1);
        var name = q.Speaker.Trim();
        return ("s" + name.ToLowerInvariant(), name, null, -1);
    }
}
