namespace Recoupe.Mentions.Quotes.Attribution;

/// <summary>
/// The likely subject of the clause that holds a quotation (issue 13, session 15; French tuning errors read): the first
/// candidate words of the quotation's sentence before it that no preposition introduces and no other candidate's words
/// hold. Invented examples: "À Lisbonne, des grévistes défilent devant la mairie, aux cris de « … »" (the strikers, not
/// the city or the town hall), "Les voisins du chantier, que le maire n'a pas reçus, réclament « … »", "Outside the
/// court, supporters chanted « … »". The speech-cue features need a speech verb right after the words; here the verb is
/// any verb ("défilent", "réclament", "chanted"), so the ranker learns how much the position alone says.
/// </summary>
internal static class ClauseSubjects
{
    /// <summary>Whether candidate <paramref name="i"/> is that first unintroduced, unheld candidate before the quotation.</summary>
    public static bool IsFirstSubjectBefore(QuoteDocument doc, QuoteFrame f, List<SourceCandidate> candidates, int i)
    {
        var c = candidates[i];
        if (!Eligible(doc, f, candidates, c)) return false;
        foreach (var o in candidates)
        {
            if (o.Kind == SourceKind.Nobody || !o.FirstReading) continue;
            if (o.Span.Start >= c.Span.Start) break; // the candidates are in text order
            if (Eligible(doc, f, candidates, o)) return false;
        }
        return true;
    }

    /// <summary>
    /// A subject pronoun that opens a subordinate clause ("qu'il", "lorsqu'elle", "that he", "when she"; invented: "Le
    /// maire, dont elle conteste le budget, a répondu « … »"): the speaker is more often the main clause's subject.
    /// </summary>
    public static bool IsSubordinatePronoun(QuoteDocument doc, SourceCandidate c)
    {
        if (c.Kind is not (SourceKind.Pronoun or SourceKind.PluralPronoun or SourceKind.GenericPronoun or SourceKind.NeuterPronoun)
            || c.FirstToken <= 0) return false;
        return doc.Tokens[c.FirstToken - 1].Lower is "que" or "qu" or "qui" or "dont" or "où" or "si" or "quand" or "lorsque"
            or "lorsqu" or "puisque" or "puisqu" or "comme" or "parce" or "that" or "if" or "when" or "because" or "whether"
            or "while" or "although" or "as";
    }

    private static bool Eligible(QuoteDocument doc, QuoteFrame f, List<SourceCandidate> candidates, SourceCandidate c)
    {
        if (c.Kind == SourceKind.Nobody || c.Span.End > f.Passage.OpenMark || c.Span.Start < f.OpenSentence.Start) return false;
        if (doc.ParagraphOf(c.Span.Start) != f.Paragraph || Introduced(doc, c.FirstToken) || Held(candidates, c)) return false;
        return true;
    }

    // A preposition right before the words ("à Lisbonne", "devant la mairie", "outside the court"); a sentence-opening
    // "A" is French "À" written without its accent.
    private static bool Introduced(QuoteDocument doc, int first)
    {
        if (first <= 0) return false;
        var before = doc.Tokens[first - 1].Lower;
        if (ChainResolver.IsPreposition(before) || IsOtherPreposition(before)) return true;
        return before == "a" && doc.FirstTokenAtOrAfter(doc.SentenceAt(doc.Tokens[first - 1].Span.Start).Start) == first - 1;
    }

    private static bool IsOtherPreposition(string lower) => lower is "en" or "dans" or "devant" or "derrière" or "par" or "parmi"
        or "entre" or "selon" or "sous" or "vers" or "après" or "avant" or "depuis" or "pendant" or "malgré" or "outre" or "auprès"
        or "in" or "by" or "after" or "before" or "under" or "between" or "among" or "during" or "since" or "across" or "into"
        or "outside" or "inside" or "near" or "behind" or "like";

    // Words inside another candidate's words: "Lisbonne" in "la mairie de Lisbonne".
    private static bool Held(List<SourceCandidate> candidates, SourceCandidate c)
    {
        foreach (var o in candidates)
            if (o.Kind != SourceKind.Nobody && o.FirstReading && o.Span != c.Span && o.Span.Start <= c.Span.Start && o.Span.End >= c.Span.End)
                return true;
        return false;
    }
}
