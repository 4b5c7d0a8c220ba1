namespace Recoupe.Mentions.Quotes.Attribution;

/// <summary>
/// Two ways a sentence gives its quotation's source that the speech-cue features miss: an opening "Pour X, «…»"
/// ("For X, …": the view is X's, with no speech verb at all), and a subject relative "X, qui a déclaré «…»" ("X, who
/// had said"), where the relative pronoun stands between the name and its verb.
/// </summary>
internal static class OpinionCues
{
    private const int MaxWordsAfterPour = 3;

    /// <summary>
    /// The words come right after "Pour"/"For" opening the quotation's sentence (at most three words in, no other
    /// candidate before them), before the quotation, and a comma closes their phrase before the quotation opens.
    /// </summary>
    public static bool AfterOpeningPour(QuoteDocument doc, QuoteFrame f, SourceCandidate c, List<SourceCandidate> candidates)
    {
        if (c.Span.End > f.Passage.OpenMark || !f.OpenSentence.Contains(c.Span.Start)) return false;
        int first = doc.FirstTokenAtOrAfter(f.OpenSentence.Start);
        if (first >= doc.Tokens.Length || doc.Tokens[first].Lower is not ("pour" or "for")) return false;
        if (c.FirstToken <= first || c.FirstToken - first > MaxWordsAfterPour) return false;
        foreach (var o in candidates)
            if (o.Kind != SourceKind.Nobody && o.FirstReading && o.FirstToken > first && o.FirstToken < c.FirstToken && o.LastToken < c.FirstToken) return false;
        return doc.Text.AsSpan(c.Span.End, f.Passage.OpenMark - c.Span.End).Contains(',');
    }

    /// <summary>
    /// "X qui avait reconnu «…»", "X, who said": the words, a comma at most, "qui"/"who", then only the verb group up
    /// to the speech cue before the quotation.
    /// </summary>
    public static bool RelativeSubjectOfCue(QuoteDocument doc, SourceCandidate c, int cue)
    {
        int k = c.LastToken + 1;
        if (cue < 0 || k >= cue || doc.Tokens[k].Lower is not ("qui" or "who")) return false;
        if (doc.Text.AsSpan(c.Span.End, doc.Tokens[k].Span.Start - c.Span.End).ContainsAnyExcept(" ,\u00A0")) return false;
        if (cue - k > 4) return false;
        for (int j = k + 1; j < cue; j++)
        {
            var w = doc.Tokens[j].Lower;
            if (!SpeechCues.IsAuxiliary(w) && w is not ("lui" or "leur" or "nous" or "vous" or "me" or "m" or "se" or "s" or "also" or "aussi" or "ensuite"))
                return false;
        }
        return true;
    }
}
