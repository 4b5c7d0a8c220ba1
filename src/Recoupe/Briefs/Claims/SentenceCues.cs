namespace Recoupe.Briefs.Claims;

/// <summary>
/// The claim cues of one sentence that its words alone decide (question, negation and what it bears on, modality, "another
/// occurrence", quoted words, a correction, the tense its words tell: <see cref="TimeOrientation.FromWords"/>), read by <see cref="ClaimCues"/> and the other cue readers once per sentence read and
/// kept with it (<see cref="Analysis.SentenceTokens.Cues"/>, cached per article by <see cref="Analysis.ArticleAnalysisCache"/>): a
/// rebuild after one added article reads them for the new article only. <see cref="NegatedPositions"/> are word positions; the
/// story maps them to its term ids.
/// </summary>
internal sealed record SentenceCues(bool IsQuestion, bool IsNegated, int[] NegatedPositions, ClaimModality Modality, bool AnotherOccurrence,
    string[] Quoted, bool IsCorrection, (bool Future, bool Past) Tense)
{
    private static readonly int Denial = Analysis.ParaphraseFamilies.IdOf("denial");

    /// <param name="stems">Each word's stem, null for a stopword or a number (as <see cref="Analysis.SentenceTokens.Stems"/>).</param>
    public static SentenceCues Of(string text, string[] words, string?[] stems)
    {
        bool Denies(int i) => i < stems.Length && stems[i] is { } stem && Analysis.ParaphraseFamilies.Of(stem) == Denial;
        var negated = new List<int>();
        foreach (var k in ClaimCues.NegatedWords(words, Denies))
            if (k < stems.Length && stems[k] is { } stem && Analysis.ParaphraseFamilies.Of(stem) != Denial) negated.Add(k);
        return new SentenceCues(
            ClaimCues.IsQuestion(text),
            ClaimCues.IsNegated(words),
            negated.ToArray(),
            ClaimCues.ModalityOf(words),
            Conflicts.Modality.MarksAnotherOccurrence(words),
            QuotedWords.Of(text),
            ClaimCues.IsCorrection(words),
            TimeOrientation.FromWords(words));
    }
}
