using Recoupe.Mentions.Gazetteers;
using Recoupe.Mentions.Lexicon;
using Recoupe.Model;

namespace Recoupe.Mentions.Quotes.Attribution;

/// <summary>
/// The candidate sources of one quotation, in text order, then Nobody: named entities outside quotes from two
/// paragraphs (at least four sentences) before it to the first sentence after it (places only in its own sentences: a country speaks through
/// its government, rarely from afar); subject pronouns and descriptions of sources ("le ministre", "a senior
/// official", "des manifestants", "ce dernier") from the sentence before it to the sentence after it.
/// </summary>
internal static class CandidateFinder
{
    private const int ParagraphsBack = 2, SentencesBack = 4;
    private const int MaxEntities = 24;
    // Caps in characters on how far the window reaches, whatever the sentences: scraped text with no sentence end
    // (thousands of quote marks in one "sentence") would otherwise make every quotation scan the whole text.
    private const int MaxReachBack = 2400, MaxReachLocal = 800, MaxReachAfter = 1200;

    /// <summary>The candidates, in a list of the document's that the next call reuses (read it before then).</summary>
    public static List<SourceCandidate> Find(QuoteDocument doc, QuoteFrame f)
    {
        bool demonyms = QuoteFeatureSwitches.DemonymSources;
        bool indefinites = QuoteFeatureSwitches.IndefiniteSources;
        var result = doc.FinderScratch;
        result.Clear();
        var text = doc.Text;
        var q = f.Passage;
        int closeParagraph = doc.ParagraphOf(q.CloseMark);
        // Reported speech without marks names its source in its own sentence ("X a déclaré que …").
        int windowStart = f.Indirect ? f.OpenSentence.Start : doc.LookBack(q.OpenMark, ParagraphsBack, SentencesBack);
        windowStart = Math.Max(windowStart, q.OpenMark - MaxReachBack);
        var nextSentence = f.Indirect ? f.CloseSentence : NextSentence(doc, f.CloseSentence, closeParagraph);
        int windowEnd = Math.Min(Math.Max(nextSentence.End, f.CloseSentence.End), q.CloseMark + MaxReachAfter);
        int near = Math.Min(f.OpenSentence.Start, doc.Paragraph(f.Paragraph).Start);
        var previousSentence = f.Indirect ? f.OpenSentence : doc.SentenceAt(Math.Max(0, f.OpenSentence.Start - 2));
        int localStart = Math.Max(Math.Max(windowStart, q.OpenMark - MaxReachLocal), Math.Min(previousSentence.Start, f.OpenSentence.Start));

        // Names are short: one starting 200 characters before the window cannot reach into it.
        for (int e = doc.EntitiesBefore(windowStart - 200); e < doc.Entities.Count; e++)
        {
            var m = doc.Entities[e];
            if (m.Span.End <= windowStart) continue;
            if (m.Span.Start >= windowEnd) break;
            if (m.Span.Overlaps(f.Content) || doc.InsideQuote(m.Span)) continue;
            // "le Suédois" read as a place or a name is a description of someone: the token loop below adds it as one.
            if (demonyms && m.Type != EntityType.Organization && DemonymAt(doc, m.Span) is not null) continue;
            var kind = m.Type switch
            {
                EntityType.Person => SourceKind.Person,
                EntityType.Organization => SourceKind.Organization,
                EntityType.Place => SourceKind.Place,
                _ => SourceKind.OtherEntity,
            };
            if (kind is SourceKind.Place or SourceKind.OtherEntity && (m.Span.End <= near || m.Span.Start >= f.CloseSentence.End)) continue;
            // A title before the name belongs to it: "a ajouté l'ambassadrice à l'ONU, X" has X right after the cue.
            int first = doc.FirstTokenAtOrAfter(m.RoleSpan is { } role && role.End <= m.Span.Start && !role.Overlaps(f.Content) ? role.Start : m.Span.Start);
            int last = Math.Max(first, doc.FirstTokenAtOrAfter(m.Span.End) - 1);
            result.Add(new SourceCandidate(kind, m.Span, first, last, m, kind == SourceKind.Person ? doc.GenderOf(m) : Gender.Unknown, false));
        }
        if (result.Count > MaxEntities)
        {
            int anchor = doc.FirstTokenAtOrAfter(q.OpenMark);
            result = [.. result.OrderBy(c => Math.Abs(c.FirstToken - anchor)).Take(MaxEntities).OrderBy(c => c.FirstToken)];
        }

        int t0 = doc.FirstTokenAtOrAfter(localStart);
        for (int k = t0; k < doc.Tokens.Length && doc.Tokens[k].Span.Start < windowEnd; k++)
        {
            var tok = doc.Tokens[k];
            if (tok.Span.Start >= f.Content.Start && tok.Span.End <= f.Content.End) continue;
            // Most words start no candidate (neither a pronoun nor a description's noun): the per-document word lists
            // say so before the overlap checks run.
            if (indefinites && IndefiniteSources.At(doc, f, k) is { } someone)
            {
                if (!Covered(result, someone.Span)) result.Add(someone);
                k = someone.LastToken;
                continue;
            }
            bool capitalised = char.IsUpper(text[tok.Span.Start]);
            if (!doc.IsPronounWord(k) && tok.Lower is not ("dernier" or "dernière" or "latter")
                && !(!capitalised && doc.IsSourceNoun(k)) && !(demonyms && capitalised)) continue;
            if (Covered(result, tok.Span) || doc.InsideQuote(tok.Span)) continue;
            if (demonyms && capitalised && DemonymDescriptions.At(doc, k) is { } people)
            {
                if (!Covered(result, people.Span)) result.Add(people);
                continue;
            }
            if (Pronoun(doc, k) is { } p) { result.Add(p); continue; }
            if (Descriptions.At(doc, k, result) is { } d) { result.Add(d); k = d.LastToken; }
        }
        result.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        result.Add(SourceCandidate.Nobody);
        return result;
    }

    // The people-noun description whose noun is the one word of a name's span, if any.
    private static SourceCandidate? DemonymAt(QuoteDocument doc, TextSpan span)
    {
        int k = doc.FirstTokenAtOrAfter(span.Start);
        if (k >= doc.Tokens.Length || doc.Tokens[k].Span != span) return null;
        return DemonymDescriptions.At(doc, k);
    }

    /// <summary>A subject pronoun, or the pronoun of an inverted cue ("a-t-elle", "dit-il") or of "selon lui".</summary>
    private static SourceCandidate? Pronoun(QuoteDocument doc, int k)
    {
        var tok = doc.Tokens[k];
        var lower = tok.Lower;
        if (SpeechCues.InvertedPronoun(lower) is { } inv)
        {
            var span = new TextSpan(tok.Span.End - inv.Length, tok.Span.End);
            return Of(inv, span, k);
        }
        if (lower is "lui" or "him" && k > 0 && doc.Tokens[k - 1].Lower is "selon" or "to") return Of(lower, tok.Span, k);
        if (lower is "who" or "which" && NameRightBefore(doc, tok.Span.Start) is { } named)
            return new SourceCandidate(SourceKind.Relative, tok.Span, k, k, named, Gender.Unknown, false);
        if (QuoteFeatureSwitches.CueSubjects && CueSubject(doc, k) is { } subject) return subject;
        // "it" speaks only as a speech verb's subject ("it said", "it has warned"): elsewhere it is rarely anyone.
        if (lower == "it" && SubjectOfCue(doc, k)) return new SourceCandidate(SourceKind.NeuterPronoun, tok.Span, k, k, null, Gender.Unknown, false);
        return lower is "il" or "elle" or "ils" or "elles" or "on" or "he" or "she" or "they" or "we" ? Of(lower, tok.Span, k) : null;
    }

    // The name that ends right before a relative pronoun, a comma at most between them.
    private static EntityMention? NameRightBefore(QuoteDocument doc, int position)
    {
        int p = position - 1;
        while (p >= 0 && char.IsWhiteSpace(doc.Text[p])) p--;
        if (p >= 0 && doc.Text[p] == ',') p--;
        while (p >= 0 && char.IsWhiteSpace(doc.Text[p])) p--;
        if (p < 0) return null;
        for (int e = doc.EntitiesBefore(p - 200); e < doc.Entities.Count; e++)
        {
            var m = doc.Entities[e];
            if (m.Span.Start > p) break;
            if (m.Span.End == p + 1 && m.Type is EntityType.Person or EntityType.Organization) return m;
        }
        return null;
    }

    /// <summary>
    /// A "who" or "I" that is a speech verb's subject, as a candidate (<see cref="QuoteFeatureSwitches.CueSubjects"/>): "X, a
    /// spokesman for Y, who added that" stands for the last person named before it in its sentence, else the last
    /// organisation (none: unnamed); "“…,” I said" is a writer quoting himself, the words being the source whoever the author is.
    /// </summary>
    internal static SourceCandidate? CueSubject(QuoteDocument doc, int k)
    {
        var tok = doc.Tokens[k];
        if (!SubjectOfCue(doc, k)) return null;
        if (tok.Lower == "who") return new SourceCandidate(SourceKind.Relative, tok.Span, k, k, NameEarlierInSentence(doc, tok.Span.Start), Gender.Unknown, false);
        if (tok.Lower == "i" && doc.Text[tok.Span.Start] == 'I') return new SourceCandidate(SourceKind.FirstPerson, tok.Span, k, k, null, Gender.Unknown, false);
        return null;
    }

    // The last person named before a position in its sentence, at most 120 characters back, else the last organisation:
    // in "X, a spokesman for Y, who added" the relative is X's, not Y's.
    private static EntityMention? NameEarlierInSentence(QuoteDocument doc, int position)
    {
        int from = Math.Max(doc.SentenceAt(position).Start, position - 120);
        EntityMention? person = null, organization = null;
        for (int e = doc.EntitiesBefore(from - 200); e < doc.Entities.Count; e++)
        {
            var m = doc.Entities[e];
            if (m.Span.End > position) break;
            if (m.Span.Start < from || doc.InsideQuote(m.Span)) continue;
            if (m.Type == EntityType.Person) person = m;
            else if (m.Type == EntityType.Organization) organization = m;
        }
        return person ?? organization;
    }

    private static bool SubjectOfCue(QuoteDocument doc, int k)
    {
        int v = k + 1;
        while (v < doc.Tokens.Length && v <= k + 3 && SpeechCues.IsAuxiliary(doc.Tokens[v].Lower)) v++;
        return v < doc.Tokens.Length && doc.IsCueWord(v);
    }

    private static SourceCandidate Of(string pronoun, TextSpan span, int k) => pronoun switch
    {
        "il" or "he" or "lui" or "him" => new(SourceKind.Pronoun, span, k, k, null, Gender.Male, false),
        "elle" or "she" or "her" => new(SourceKind.Pronoun, span, k, k, null, Gender.Female, false),
        "ils" or "they" => new(SourceKind.PluralPronoun, span, k, k, null, Gender.Male, true),
        "elles" => new(SourceKind.PluralPronoun, span, k, k, null, Gender.Female, true),
        _ => new(SourceKind.GenericPronoun, span, k, k, null, Gender.Unknown, pronoun == "we"),
    };

    private static bool Covered(List<SourceCandidate> found, TextSpan span)
    {
        for (int i = found.Count - 1; i >= 0; i--)
            if (found[i].Span.Overlaps(span)) return true;
        return false;
    }

    // The sentence after the quotation's, when it is in the same paragraph or opens the next one.
    private static TextSpan NextSentence(QuoteDocument doc, TextSpan closeSentence, int closeParagraph)
    {
        if (closeSentence.End >= doc.Text.Length) return closeSentence;
        int p = closeSentence.End;
        while (p < doc.Text.Length && char.IsWhiteSpace(doc.Text[p])) p++;
        if (p >= doc.Text.Length || doc.ParagraphOf(p) > closeParagraph + 1) return closeSentence;
        return doc.SentenceAt(p);
    }
}
