using Recoupe.Briefs.Analysis;
using Recoupe.Briefs.Quotes;
using Recoupe.Model;

namespace Recoupe.Briefs.Claims;

/// <summary>
/// Reads every sentence of the story as a <see cref="ClaimFrame"/>. Takes the annotations as they are (entities, quotations with
/// their speakers, time expressions): better recognisers upstream (indirect speech with its speaker, resolved dates) give better
/// frames here without change.
/// </summary>
internal static class ClaimFrames
{
    /// <summary>A quotation covering this share of a sentence makes its speaker the sentence's source.</summary>
    public const double QuoteCoverage = 0.4;

    /// <summary>A claim needs at least this many content stems outside names and dates that are not attribution words.</summary>
    public const int MinPredicateTerms = 2;

    public static ClaimFrame[] Build(StoryCorpus corpus, IReadOnlyList<SpeakerQuote> quotes)
    {
        var quotesOf = quotes.GroupBy(q => q.ArticleIndex).ToDictionary(g => g.Key, g => g.ToList());
        var frames = new ClaimFrame[corpus.Units.Length];
        var mentions = new EntityMention[corpus.Articles.Count][];
        for (int a = 0; a < mentions.Length; a++)
            mentions[a] = corpus.Articles[a].Annotations.Entities.OrderBy(m => m.Span.Start).ToArray();
        foreach (var u in corpus.Units)
            frames[u.Index] = Of(corpus, u, quotesOf.GetValueOrDefault(u.ArticleIndex), mentions[u.ArticleIndex]);
        return frames;
    }

    /// <param name="mentions">The article's entity mentions, by start.</param>
    private static ClaimFrame Of(StoryCorpus corpus, SentenceUnit u, List<SpeakerQuote>? quotes, EntityMention[] mentions)
    {
        var article = corpus.ArticleOf(u);
        var attribution = Speaker(u, quotes) ?? SourceNamed(corpus, u, mentions);
        int speaker = attribution is { Key: var key } && key.StartsWith('e') && int.TryParse(key.AsSpan(1), out var e) ? e : -1;
        var actors = new List<int>();
        var places = new List<int>();
        foreach (var entity in u.Entities)
        {
            if (entity == speaker || Array.BinarySearch(u.RoleEntities, entity) >= 0) continue;
            if (corpus.Entities[entity].Entity.Type == EntityType.Place) places.Add(entity);
            else if (corpus.Entities[entity].Entity.Type is EntityType.Person or EntityType.Organization) actors.Add(entity);
        }
        var dates = u.Times.Where(t => TimeValues.IsCalendarDate(t) && !EndsARange(article.Text, u.Span, t.Span)).ToArray();
        int firstActor = -1;
        foreach (var m in MentionsIn(mentions, u.Span))
        {
            int entity = corpus.EntityOf(u.ArticleIndex, m);
            if (entity >= 0 && actors.Contains(entity)) { firstActor = entity; break; }
        }
        int content = 0;
        foreach (var t in u.PredicateTerms)
            if (!corpus.IsAttributionTerm(t)) content++;
        // The cues that the words alone decide are read once per sentence and kept with the article (SentenceCues).
        var cues = u.Cues;
        bool question = cues.IsQuestion;
        var negatedTerms = new SortedSet<int>();
        foreach (var k in cues.NegatedPositions) negatedTerms.Add(u.WordTerms[k]);
        // A claim says something of someone or something: a predicate with participants or figures, or enough content words. A
        // short sentence with one verb, a participant and a date or figure ("X s'est rendu à Y en juillet") is one too.
        bool isClaim = !u.IsBoilerplate && !question
                       && (content >= MinPredicateTerms && (actors.Count + places.Count + u.Quantities.Length + dates.Length > 0 || content >= 4)
                           || content >= 1 && actors.Count + places.Count > 0 && u.Quantities.Length + dates.Length > 0);
        return new ClaimFrame
        {
            Unit = u.Index,
            Actors = actors.ToArray(),
            Participants = speaker >= 0 && !actors.Contains(speaker) ? actors.Append(speaker).Order().ToArray() : actors.ToArray(),
            FirstActor = firstActor,
            Places = places.ToArray(),
            Quantities = u.Quantities,
            Dates = [.. dates],
            Negated = negatedTerms.Count > 0 || cues.IsNegated,
            NegatedTerms = negatedTerms.ToArray(),
            Modality = cues.Modality,
            Attribution = attribution,
            AnotherOccurrence = cues.AnotherOccurrence,
            Reported = article.Published,
            Orientation = TimeOrientation.Of(cues.Tense, u.Times, article.Published),
            Quoted = cues.Quoted,
            IsClaim = isClaim,
        };
    }

    /// <summary>
    /// "du 1er au 3 septembre", "jusqu'au 3 septembre", "from 1 to 3 September": a date that closes (or opens) a stretch of time is
    /// not the date of one event, and compares with no single date.
    /// </summary>
    private static bool EndsARange(string text, TextSpan sentence, TextSpan date)
    {
        int from = Math.Max(sentence.Start, date.Start - 24);
        var before = text[from..date.Start].ToLowerInvariant();
        var after = text[date.End..Math.Min(sentence.End, date.End + 6)].ToLowerInvariant();
        bool closes = before.EndsWith(" au ", StringComparison.Ordinal) || before.EndsWith("jusqu'au ", StringComparison.Ordinal)
                      || before.EndsWith("jusqu’au ", StringComparison.Ordinal) || before.EndsWith(" to ", StringComparison.Ordinal)
                      || before.EndsWith(" until ", StringComparison.Ordinal);
        bool opens = (before.EndsWith(" du ", StringComparison.Ordinal) || before.EndsWith(" from ", StringComparison.Ordinal))
                     && (after.StartsWith(" au ", StringComparison.Ordinal) || after.StartsWith(" to ", StringComparison.Ordinal));
        return closes && (before.Contains(" du ", StringComparison.Ordinal) || before.Contains("from ", StringComparison.Ordinal) || before.Contains("jusqu", StringComparison.Ordinal)
                          || before.Contains("until", StringComparison.Ordinal)) || opens;
    }

    /// <summary>The speaker of the quotation (direct or reported) that covers most of the sentence, if it covers enough of it.</summary>
    private static Attribution? Speaker(SentenceUnit u, List<SpeakerQuote>? quotes)
    {
        if (quotes is null) return null;
        SpeakerQuote? best = null;
        int bestOverlap = 0;
        foreach (var q in quotes)
        {
            int overlap = Math.Min(u.Span.End, q.Mention.Span.End) - Math.Max(u.Span.Start, q.Mention.Span.Start);
            if (overlap > bestOverlap) { bestOverlap = overlap; best = q; }
        }
        if (best is null || bestOverlap < QuoteCoverage * u.Span.Length) return null;
        return new Attribution(best.SpeakerEntity >= 0 ? "e" + best.SpeakerEntity : "s:" + best.SpeakerName.ToLowerInvariant(), best.SpeakerName);
    }

    /// <summary>The mentions that start inside a span, in order (the mentions sorted by start).</summary>
    private static IEnumerable<EntityMention> MentionsIn(EntityMention[] mentions, TextSpan span)
    {
        int lo = 0, hi = mentions.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (mentions[mid].Span.Start < span.Start) lo = mid + 1;
            else hi = mid;
        }
        for (int i = lo; i < mentions.Length && mentions[i].Span.Start < span.End; i++) yield return mentions[i];
    }

    private static Attribution? SourceNamed(StoryCorpus corpus, SentenceUnit u, EntityMention[] mentions)
    {
        var article = corpus.ArticleOf(u);
        // The cue's reading depends on the text alone and is kept with the sentence; only the entity named there is the story's.
        var cue = u.Reading?.SourceCue(article.Text, article.Language) ?? SourceCues.Read(article.Text, u.Span, article.Language);
        var found = cue.Resolve(within =>
        {
            foreach (var m in MentionsIn(mentions, within))
            {
                int e = corpus.EntityOf(u.ArticleIndex, m);
                if (e >= 0) return (e, corpus.Entities[e].Entity.Name);
            }
            return null;
        });
        return found?.Source;
    }
}
