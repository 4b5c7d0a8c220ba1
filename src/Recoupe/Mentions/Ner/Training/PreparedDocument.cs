using Recoupe.Evaluation.Ner;
using Recoupe.Language;

namespace Recoupe.Mentions.Ner.Training;

/// <summary>
/// A gold document read the way the tagger reads text (sentence splitter, <see cref="NerTokenizer"/>), with its gold
/// entities projected onto the tokens as BIO labels. Gold types the model does not learn (HIPE's time) stay O.
/// </summary>
public sealed class PreparedDocument
{
    public NerDocument Gold { get; }
    public NerDocumentView View { get; }
    public int[] Labels { get; }
    /// <summary>Gold entities whose edges fall inside a token (tokenisation differs from the corpus): they cannot be matched exactly.</summary>
    public int Misaligned { get; }

    /// <param name="labelled">The entities to learn, when not the gold's own (<see cref="NerTrainingOptions.Honorifics"/>).</param>
    public PreparedDocument(NerDocument gold, string language, ISentenceSplitter splitter, bool ruleEvidence, bool lostDashes = false,
        IEnumerable<GoldEntity>? labelled = null)
    {
        Gold = gold;
        var sentences = splitter.Split(gold.Text, language);
        var rules = ruleEvidence ? RuleEvidence.Recognize(gold.Text, language, sentences) : default;
        View = NerDocumentView.Build(gold.Text, sentences, language, rules, lostDashes);
        Labels = new int[View.Tokens.Length];
        var tokens = View.Tokens;
        int misaligned = 0;
        foreach (var e in (labelled ?? gold.Entities).OrderBy(e => e.Span.Start))
        {
            int type = NerLabels.TypeIndex(e.Type);
            if (type < 0) continue;
            int first = NerDocumentView.FirstTokenEndingAfter(tokens, e.Span.Start);
            bool opened = false;
            for (int k = first; k < tokens.Length && tokens[k].Start < e.Span.End; k++)
            {
                if (tokens[k].Start < e.Span.Start || tokens[k].End > e.Span.End) misaligned++;
                Labels[k] = opened ? NerLabels.Inside(type) : NerLabels.Begin(type);
                opened = true;
            }
        }
        Misaligned = misaligned;
    }
}
