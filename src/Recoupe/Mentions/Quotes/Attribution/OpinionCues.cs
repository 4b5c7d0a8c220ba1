namespace Recoupe.Mentions.Quotes.Attribution;

/// <summary>
/// Ways a sentence gives its quotation's source that the speech-cue features miss: an opening "Pour X, «…»"
/// ("For X, …": the view is X's, with no speech verb at all); a subject relative "X, qui a déclaré «…»" ("X, who
/// had said"), where the relative pronoun stands between the name and its verb; and the author of a speech noun,
/// "les propos de X", "the remarks of X", or of the quotation itself, "l'appel à «…» de X".
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

    // Nouns of what is said: their "de X"/"of X" complement names who said it.
    private static readonly Lexicon.WordSet SpeechNouns = new(
        "propos parole paroles mot mots terme termes déclaration déclarations appel appels discours message avertissement " +
        "critique critiques accusation accusations aveu promesse réponse formule " +
        "remark remarks comment comments word words statement statements speech call calls warning promise answer");

    /// <summary>
    /// The words follow "de"/"du"/"d'"/"of" that follows a speech noun ("les propos de X", "ses appels répétés de"
    /// aside: the noun right before) or the quotation's own close mark ("l'appel à «…» de X").
    /// </summary>
    public static bool AuthorOfSpeechNoun(QuoteDocument doc, QuoteFrame f, SourceCandidate c)
    {
        int k = c.FirstToken - 1;
        if (k < 1 || doc.Tokens[k].Lower is not ("de" or "du" or "d" or "of")) return false;
        var tokens = doc.Tokens;
        if (tokens[k].Span.Start > f.Passage.CloseMark && tokens[k].Span.Start - f.Passage.CloseMark <= 2
            && doc.Text.AsSpan(f.Passage.CloseMark + 1, tokens[k].Span.Start - f.Passage.CloseMark - 1).Trim().IsEmpty) return true;
        return SpeechNouns.Contains(tokens[k - 1].Lower) && tokens[k].Span.Start - tokens[k - 1].Span.End <= 1;
    }
}
