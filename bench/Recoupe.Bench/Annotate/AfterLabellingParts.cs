using Recoupe.Evaluation.Ner;
using Recoupe.Mentions.Entities;
using Recoupe.Mentions.Ner;
using Recoupe.Mentions;
using Recoupe.Model;

namespace Recoupe.Bench.Annotate;

/// <summary>
/// `bench annotate --stage "entities: after"`: the statistical recogniser's passes after labelling, over each article's
/// words, rule evidence, token view and labelled spans computed once beforehand. Each figure runs the passes up to and
/// including the one it names (the passes change the candidates in place), so a pass's own cost is its figure less the
/// one before.
/// </summary>
internal static class AfterLabellingParts
{
    private sealed record Labelled(string Text, string Language, Word[] Words, System.Collections.Immutable.ImmutableArray<EntityMention> Rules,
        NerDocumentView View, List<NerSpan> Spans, NerModel Model);

    public static void Measure(IReadOnlyList<AnnotationContext> contexts, IReadOnlyList<NerModel> models, Action<string, Action<int>> measure)
    {
        const string Convention = NerConventions.Modern;
        var labelled = contexts.Select((c, i) =>
        {
            var model = models[i];
            var words = WordScanner.Scan(c.Text, c.Sentences);
            var rules = model.UsesRuleEvidence ? RuleEvidence.Recognize(c.Text, c.Language, c.Sentences, words) : default;
            var view = NerDocumentView.Build(c.Text, c.Sentences, c.Language, rules, model.SplitsLostDashes);
            var spans = NerTagger.Tag(model, view, Convention);
            LabelConsistency.Propagate(view, spans);
            return new Labelled(c.Text, c.Language, words, rules, view, spans, model);
        }).ToArray();
        List<Candidate> Candidates(int i) =>
            StatisticalEntityRecognizer.SpanCandidates(labelled[i].Text, labelled[i].Words, labelled[i].Rules, labelled[i].Spans, labelled[i].Model, Convention);
        List<Candidate> Keyed(int i)
        {
            var c = Candidates(i);
            StatisticalEntityRecognizer.AssignKeys(labelled[i].Text, c, labelled[i].Language);
            return c;
        }
        List<Candidate> WithRoles(int i)
        {
            var c = Keyed(i);
            StatisticalEntityRecognizer.AttachRoles(labelled[i].Text, labelled[i].Words, c);
            return c;
        }
        measure("entities: after labelling", i =>
        {
            var l = labelled[i];
            StatisticalEntityRecognizer.WithNestedPlaces(l.Text, l.Words, l.View, l.Spans, WithRoles(i), l.Language);
        });
        measure("entities: after labelling, to candidates", i => Candidates(i));
        measure("entities: after labelling, + keys", i => Keyed(i));
        measure("entities: after labelling, + roles", i => WithRoles(i));
    }
}
