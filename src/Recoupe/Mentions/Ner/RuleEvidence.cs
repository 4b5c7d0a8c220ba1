using System.Collections.Immutable;
using Recoupe.Model;

namespace Recoupe.Mentions.Ner;

/// <summary>
/// The rule recogniser run as a source of features for the labeller (its names, types and attached titles).
/// Training and tagging call the same code, so the model learns how far the rules can be trusted. A model says whether it
/// reads them (<see cref="NerModel.UsesRuleEvidence"/>): on the tune split they help French (WikiNEuRal 0.864 -> 0.868,
/// HIPE-2020 0.702 -> 0.755) and hurt English (CoNLL 0.901 -> 0.893), whose model goes without.
/// </summary>
public static class RuleEvidence
{
    private static readonly EntityRecognizer Rules = new();

    public static ImmutableArray<EntityMention> Recognize(string text, string language, ImmutableArray<Sentence> sentences) =>
        Rules.Recognize(new AnnotationContext(text, language, sentences, null));

    /// <summary>The same over words already scanned from <paramref name="text"/> (<see cref="Entities.WordScanner.Scan"/>).</summary>
    internal static ImmutableArray<EntityMention> Recognize(string text, string language, ImmutableArray<Sentence> sentences, Entities.Word[] words) =>
        Rules.Recognize(new AnnotationContext(text, language, sentences, null), words);
}
