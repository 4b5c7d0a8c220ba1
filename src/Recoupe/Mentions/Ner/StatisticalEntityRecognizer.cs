using System.Collections.Immutable;
using Recoupe.Evaluation.Ner;
using Recoupe.Mentions.Entities;
using Recoupe.Mentions.Names;
using Recoupe.Model;

namespace Recoupe.Mentions.Ner;

/// <summary>
/// Named entities from a trained sequence labeller (averaged structured perceptron over hashed features, Viterbi
/// with BIO constraints; see Training/): French and English models ship with the code. Around the labeller, what
/// the engine needs of a mention: one type per name in a document (the majority of the labeller's readings),
/// keys that group a document's variants (surname alone, acronyms), and roles ("le porte-parole du Kremlin, X").
/// Languages without a model go to the rule recogniser.
/// </summary>
public sealed class StatisticalEntityRecognizer(Func<string, NerModel?> models, IEntityRecognizer fallback) : IEntityRecognizer
{
    public StatisticalEntityRecognizer() : this(NerModels.For, new EntityRecognizer()) { }

    public ImmutableArray<EntityMention> Recognize(AnnotationContext context) => Recognize(context, NerConventions.Modern);

    /// <summary>Whether text in this language goes to a trained model (else to the rules).</summary>
    public bool HasModel(string language) => models(language) is not null;

    /// <summary>
    /// Entities under a given annotation convention: "modern" for news; the eval suites ask for a corpus's own
    /// convention (HIPE puts titles inside person mentions).
    /// </summary>
    public ImmutableArray<EntityMention> Recognize(AnnotationContext context, string convention)
    {
        var text = context.Text;
        if (string.IsNullOrEmpty(text)) return [];
        var language = context.Language is "en" ? "en" : context.Language is "fr" ? "fr" : context.Language;
        if (models(language) is not { } model) return fallback.Recognize(context);
        var view = NerDocumentView.Build(text, context.Sentences, language, model.Clusters, RuleEvidence.Recognize(text, language, context.Sentences));
        var spans = NerTagger.Tag(model, view, convention);
        if (spans.Count == 0) return [];
        var words = WordScanner.Scan(text, context.Sentences);
        var candidates = ToCandidates(text, words, spans);
        UnifyTypes(candidates);
        DocumentKeys.Assign(text, candidates, language, unifyTypes: false);
        RoleAttacher.Attach(text, words, candidates);
        var result = ImmutableArray.CreateBuilder<EntityMention>(candidates.Count);
        foreach (var c in candidates)
        {
            string? role = c.RoleSpan is { } r ? DisplayName.Of(text.AsSpan(r.Start, r.Length)) : null;
            result.Add(new EntityMention(new TextSpan(c.Start, c.End), c.Type, c.Name, c.Key, role, c.RoleSpan));
        }
        return result.ToImmutable();
    }

    // Each span becomes a candidate over the scanner's words (the role and key passes work on words); a span holding
    // no word (a lone mark) is dropped.
    private static List<Candidate> ToCandidates(string text, Word[] words, List<NerSpan> spans)
    {
        var candidates = new List<Candidate>(spans.Count);
        int w = 0;
        foreach (var s in spans)
        {
            while (w < words.Length && words[w].End <= s.Start) w++;
            int first = w, last = w - 1;
            while (last + 1 < words.Length && words[last + 1].Start < s.End) last++;
            if (last < first) continue;
            var name = DisplayName.Of(text.AsSpan(s.Start, s.End - s.Start));
            candidates.Add(new Candidate(first, last, NerLabels.EntityTypeOf(s.Type), s.Start, s.End, name));
        }
        return candidates;
    }

    /// <summary>
    /// One name, one type in a document: the type the labeller gave most often to that name ("Washington" read as a
    /// place three times and a person once is a place), the first reading on a tie.
    /// </summary>
    private static void UnifyTypes(List<Candidate> candidates)
    {
        if (candidates.Count < 2) return;
        var groups = new Dictionary<string, List<Candidate>>(candidates.Count, StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            var key = TextFold.Fold(c.Name);
            if (!groups.TryGetValue(key, out var list)) groups[key] = list = new List<Candidate>(2);
            list.Add(c);
        }
        Span<int> votes = stackalloc int[4];
        foreach (var group in groups.Values)
        {
            if (group.Count < 2) continue;
            votes.Clear();
            foreach (var c in group) votes[(int)c.Type]++;
            var winner = group[0].Type;
            for (int t = 0; t < votes.Length; t++) if (votes[t] > votes[(int)winner]) winner = (EntityType)t;
            foreach (var c in group) c.Type = winner;
        }
    }
}
