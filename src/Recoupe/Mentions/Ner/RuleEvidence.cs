using System.Collections.Immutable;
using Recoupe.Model;

namespace Recoupe.Mentions.Ner;

/// <summary>
/// The rule recogniser run as a source of features for the labeller (its names, types and attached titles).
/// Training and tagging call the same code, so the model learns how far the rules can be trusted.
/// </summary>
public static class RuleEvidence
{
    private static readonly EntityRecognizer Rules = new();

    public static ImmutableArray<EntityMention> Recognize(string text, string language, ImmutableArray<Sentence> sentences) =>
        Rules.Recognize(new AnnotationContext(text, language, sentences, null));
}
