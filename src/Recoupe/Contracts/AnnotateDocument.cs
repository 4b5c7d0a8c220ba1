using Recoupe.Mentions.Time;
using Recoupe.Model;

namespace Recoupe.Contracts;

/// <summary>The `recoupe annotate --format json` contract: the text and every mention as character offsets into it.</summary>
public sealed record AnnotateDocument(
    string Input,
    string Language,
    string? Published,
    string Text,
    IReadOnlyList<SentenceDocument> Sentences,
    IReadOnlyList<EntityDocument> Entities,
    IReadOnlyList<QuoteDocument> Quotes,
    IReadOnlyList<TimeDocument> Times)
{
    /// <summary>
    /// The text's date: <see cref="Published"/> (metadata or --published), else the one its own words give ("dateline", "text";
    /// relative times are anchored on a dateline's day); null when none. Same fields as the extract and brief contracts.
    /// </summary>
    public string? Date { get; init; }
    /// <summary>Where <see cref="Date"/> comes from: "metadata", "dateline" or "text"; null when there is no date.</summary>
    public string? DateSource { get; init; }

    public static AnnotateDocument From(string input, string language, DateStamp? published, string text, ArticleAnnotations a) => new(
        input, language, published?.ToIso(), text,
        [.. a.Sentences.Select(s => new SentenceDocument(s.Span.Start, s.Span.End, s.Span.Of(text)))],
        [.. a.Entities.Select(e => new EntityDocument(e.Span.Start, e.Span.End, TypeName(e.Type), e.Name, e.Span.Of(text), e.Key, e.Role))],
        [.. a.Quotes.Select(q => new QuoteDocument(q.Span.Start, q.Span.End, q.Span.Of(text), q.Speaker, q.SpeakerSpan?.Start, q.SpeakerSpan?.End, q.Cue, q.Indirect,
            q.Source, q.SourceSpan?.Start, q.SourceSpan?.End, q.CueSpan?.Start, q.CueSpan?.End))],
        [.. a.Times.Select(t => new TimeDocument(t.Span.Start, t.Span.End, t.Span.Of(text), TimexName(t.Type), t.Value, LeanName(t.Lean),
            TimexLabel.Of(t.Value, t.Type, language), t.NamesNow))]);

    public static string TypeName(EntityType t) => t switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organization",
        EntityType.Place => "place",
        _ => "other",
    };

    public static string TimexName(TimexType t) => t.ToString().ToUpperInvariant();

    public static string? LeanName(TimeLean lean) => lean == TimeLean.Unknown ? null : lean.ToString().ToLowerInvariant();
}

public sealed record SentenceDocument(int Start, int End, string Text);

public sealed record EntityDocument(int Start, int End, string Type, string Name, string Text, string Key, string? Role);

/// <summary>
/// A quotation: <c>start</c>/<c>end</c>/<c>text</c> are its content (inside the marks; for indirect speech the reported
/// clause). <c>speaker</c> is the named entity it is attributed to (null for a source the article does not name) and
/// <c>speaker_start</c>/<c>speaker_end</c> a mention of it; <c>source</c> and its offsets are the words at the quotation
/// that stand for the source ("il", "le ministre", "un responsable américain", or the name); <c>cue</c> the speech verb.
/// </summary>
public sealed record QuoteDocument(int Start, int End, string Text, string? Speaker, int? SpeakerStart, int? SpeakerEnd, string? Cue, bool Indirect,
    string? Source, int? SourceStart, int? SourceEnd, int? CueStart, int? CueEnd);

/// <param name="Lean">"past", "present" or "future": where the expression's clause places it relative to the writing (null: unknown).</param>
/// <param name="Label">The value as a reader says it in the article's language ("12 septembre 2023", "3 days", "maintenant").</param>
/// <param name="NamesNow">The words name the time of writing ("désormais", "now"): they date no event.</param>
public sealed record TimeDocument(int Start, int End, string Text, string Type, string Value, string? Lean = null, string? Label = null, bool NamesNow = false);
