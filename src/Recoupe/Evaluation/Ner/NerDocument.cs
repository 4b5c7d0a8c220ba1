using System.Collections.Immutable;
using Recoupe.Model;

namespace Recoupe.Evaluation.Ner;

/// <summary>A gold entity: a character span of the rebuilt text and a coarse type ("pers", "loc", "org", …).</summary>
public readonly record struct GoldEntity(TextSpan Span, string Type);

/// <summary>
/// A document rebuilt from token-per-line gold data, with its gold entities as character spans.
/// <paramref name="TitlesInside"/>: the annotation guidelines put a person's title and apposed function inside the
/// mention (HIPE), rather than outside (Europeana).
/// <paramref name="Convention"/>: the annotation guidelines the corpus follows, as the statistical labeller names them
/// ("modern" for WikiNEuRal and CoNLL, "hipe", "letemps", "newseye", "europeana"); a model trained on several conventions tags
/// each document under its own.
/// <paramref name="Group"/>: documents that must fall on the same side of a train/held-back split (consecutive
/// sentences of one source in a sentence-per-line corpus); the id when empty.
/// </summary>
public sealed record NerDocument(string Id, string Text, ImmutableArray<GoldEntity> Entities, bool TitlesInside = false,
    string Convention = NerConventions.Modern, string Group = "")
{
    public string SplitKey => Group.Length > 0 ? Group : Id;
}

/// <summary>The annotation conventions of the NER corpora in ../shared/eval.</summary>
public static class NerConventions
{
    public const string Modern = "modern";
    public const string Hipe = "hipe";
    public const string NewsEye = "newseye";
    public const string Europeana = "europeana";
    /// <summary>
    /// HIPE-2022's Le Temps documents: HIPE's guidelines, and HIPE's weights in a model (<see cref="WeightsOf"/>), but the
    /// train split puts a title before a person outside the span (1 inside / 12 before; HIPE-2020: 60 / 1), so decoding may
    /// treat its titles as its own (<see cref="LeavesTitlesOut"/>).
    /// </summary>
    public const string LeTemps = "letemps";

    /// <summary>
    /// Not a corpus's convention: the group of the historical ones (HIPE, NewsEye, Europeana: OCR'd old newspapers). A model
    /// trained with it holds a third copy of each feature, shared by the group only (hierarchical feature augmentation,
    /// Daumé 2007): what OCR'd old press has in common is learned from all three corpora, what each annotates its own way
    /// from its own documents.
    /// </summary>
    public const string Historical = "historical";

    /// <summary>
    /// Whether a convention's guidelines keep an honorific inside a person's span ("M. Ador"), as the train split of its
    /// corpora shows (`recoupe train ner --survey`, 2026-12-07: HIPE-2020 97 inside / 0 right before, HIPE-2022 Le Temps
    /// 33 / 2, NewsEye 105 / 5; Europeana 7 / 726). Modern text (news, WikiNEuRal, CoNLL) leaves it out: WikiNEuRal's
    /// 11 honorifics next to a person are all inside, too few to say, and the engine's names go without them.
    /// </summary>
    public static bool KeepsHonorifics(string convention) => convention is Hipe or LeTemps or NewsEye;

    /// <summary>
    /// Whether a convention's person spans hold the title right before the name ("général Dufour"), as the train split
    /// shows (`--survey`, 2026-12-07: HIPE-2020 60 inside / 1 before, NewsEye 11 / 0).
    /// </summary>
    public static bool KeepsTitles(string convention) => convention is Hipe or NewsEye;

    /// <summary>
    /// Whether a historical convention's person spans leave the title out (Le Temps 1 inside / 12 before, Europeana 10 / 133).
    /// Modern text is neither: its decoding is left as it was (WikiNEuRal 17 / 199; the engine's roles read titles apart).
    /// </summary>
    public static bool LeavesTitlesOut(string convention) => convention is LeTemps or Europeana;

    /// <summary>The convention whose weights a model reads for this one when it holds none of its own (Le Temps: HIPE's).</summary>
    public static string WeightsOf(string convention) => convention == LeTemps ? Hipe : convention;

    /// <summary>The group of a convention (<see cref="Historical"/>), or null (modern text).</summary>
    public static string? GroupOf(string convention) => convention is Hipe or LeTemps or NewsEye or Europeana ? Historical : null;
}
