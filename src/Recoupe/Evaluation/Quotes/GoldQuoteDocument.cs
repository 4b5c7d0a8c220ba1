using Recoupe.Model;

namespace Recoupe.Evaluation.Quotes;

/// <summary>
/// One annotated article, in the form both gold readers produce: its text (as the engine reads it), the group
/// cross-validation folds are drawn by (an RPM2 topic, a PolNeAR month), and its annotated quotations.
/// </summary>
public sealed record GoldQuoteDocument(string Id, string Group, string Text, string Language, IReadOnlyList<GoldQuotation> Quotations)
{
    /// <summary>Whether every attribution in the text is annotated (PolNeAR), so a quote matching none is spurious.</summary>
    public bool AllAttributions { get; init; }
}

/// <summary>
/// An annotated quotation. <see cref="Content"/>: its content spans (PolNeAR) or the span of its first words
/// (seeds-style "starts"); <see cref="Direct"/>: it holds quote marks.
/// </summary>
public sealed record GoldQuotation(IReadOnlyList<TextSpan> Content, bool Direct, GoldSource Source);

/// <summary>
/// Who the gold says spoke: the names the speaker may be written as (seeds-style), and/or the span of the source
/// words at the quotation (PolNeAR). No names and no span: an unnamed source, to be left without a name.
/// </summary>
public sealed record GoldSource(IReadOnlyList<string> Names, TextSpan? Span, string? Text)
{
    public bool Unnamed => Names.Count == 0 && Span is null;
}
