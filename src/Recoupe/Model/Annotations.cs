using System.Collections.Immutable;

namespace Recoupe.Model;

public enum EntityType { Person, Organization, Place, Other }

/// <summary>One mention of a named entity. <see cref="Key"/> groups variants of one entity inside a document.</summary>
public sealed record EntityMention(TextSpan Span, EntityType Type, string Name, string Key, string? Role = null, TextSpan? RoleSpan = null);

/// <summary>
/// A quotation (direct, partial, or indirect speech) and who said it. <see cref="Span"/> is the content (inside the
/// marks; the reported clause for indirect speech). <see cref="Speaker"/> is the named entity the source resolves to
/// (null for a source the article does not name), <see cref="SpeakerSpan"/> a mention of that entity.
/// <see cref="SourceSpan"/> is the words at this quotation that stand for the source: the name itself, a pronoun
/// ("il", "he"), a description ("le ministre", "a senior official"); <see cref="Source"/> is their text.
/// </summary>
public sealed record QuoteMention(
    TextSpan Span,
    string? Speaker,
    TextSpan? SpeakerSpan,
    string? Cue,
    bool Indirect = false,
    string? SpeakerKey = null,
    string? Source = null,
    TextSpan? SourceSpan = null,
    TextSpan? CueSpan = null);

public enum TimexType { Date, Time, Duration, Set }

/// <summary>
/// Whether the words around a time expression place it before, at or after the time of writing: "dernier"/"prochain",
/// else the tense of the verb nearest to it. A value whose year was unknown is completed in that direction, and a
/// past-leaning date never lies after the article that tells it.
/// </summary>
public enum TimeLean { Unknown, Past, Present, Future }

/// <summary>A time expression normalised to a TIMEX3 value (e.g. "2023-09-05", "2023-W36", "P3D", "PRESENT_REF").</summary>
public sealed record TimeMention(TextSpan Span, TimexType Type, string Value, TimeLean Lean = TimeLean.Unknown)
{
    /// <summary>
    /// The words name the time of writing itself ("désormais", "maintenant", "actuellement", "now"), whatever the value
    /// says (TimeBank writes "désormais" as the publication day): such a word dates no event.
    /// </summary>
    public bool NamesNow { get; init; }
}

/// <summary>A sentence as a span into the article text.</summary>
public sealed record Sentence(TextSpan Span);

public static class SentenceSearch
{
    /// <summary>The index of the sentence (in text order) holding <paramref name="position"/>, or -1 (binary search).</summary>
    public static int IndexAt(this ImmutableArray<Sentence> sentences, int position)
    {
        int lo = 0, hi = sentences.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            var s = sentences[mid].Span;
            if (position < s.Start) hi = mid - 1;
            else if (position >= s.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }
}

/// <summary>Everything the language and mention stages found in one text: spans only, no copies.</summary>
public sealed record ArticleAnnotations(
    ImmutableArray<Sentence> Sentences,
    ImmutableArray<EntityMention> Entities,
    ImmutableArray<QuoteMention> Quotes,
    ImmutableArray<TimeMention> Times)
{
    public static readonly ArticleAnnotations Empty = new([], [], [], []);
}

/// <summary>An article with its annotations: the unit that stories and briefs work on.</summary>
public sealed record AnalyzedArticle(Article Article, ArticleAnnotations Annotations);
