using Recoupe.Mentions.Gazetteers;
using Recoupe.Mentions.Lexicon;
using Recoupe.Model;

namespace Recoupe.Mentions.Quotes.Attribution;

/// <summary>
/// Cues that a quotation's source is unnamed, read as features of the ranker (never as overrides), so that a nearby
/// name does not take an unnamed source's words (issue 13, session 10):
/// a pronoun whose nearest possible antecedent is an indefinite description ("Un diplomate, qui a requis l'anonymat,
/// juge … Il a ajouté : « … »": "il" is the diplomat, unnamed); a description of someone's circle
/// ("l'entourage du maire", "a source close to the mayor", "aides to X": not X); an anonymity phrase near the quotation
/// ("sous couvert d'anonymat", "speaking on condition of anonymity"); a name that is the object of a label
/// ("a qualifié X de « … »": X is called that, not saying it). Off unless <see cref="SpeakerFeatures.UnnamedCues"/>.
/// </summary>
internal static class UnnamedSourceCues
{
    // Heads of descriptions that stand for the people around someone, not for that someone.
    private static readonly WordSet CircleNouns = new(
        "entourage proche proches source sources confident confidente conseiller conseillère collaborateur collaboratrice " +
        "aide aides ally allies associate associates confidant confidants adviser advisers advisor advisors insider insiders");

    // Words that say a source is not named (folded, as single words; "anonymat", "anonymity" cover most phrases).
    private static readonly WordSet AnonymityWords = new(
        "anonymat anonyme anonymement anonymity anonymously unnamed unidentified");

    /// <summary>An anonymity word in the quotation's sentences or the sentence before them.</summary>
    public static bool AnonymityNear(QuoteDocument doc, QuoteFrame f)
    {
        var before = doc.SentenceAt(Math.Max(0, f.OpenSentence.Start - 2));
        int from = Math.Min(before.Start, f.OpenSentence.Start), to = Math.Max(f.CloseSentence.End, f.OpenSentence.End);
        for (int k = doc.FirstTokenAtOrAfter(from); k < doc.Tokens.Length && doc.Tokens[k].Span.Start < to; k++)
        {
            var t = doc.Tokens[k];
            if (t.Span.Start >= f.Content.Start && t.Span.End <= f.Content.End) continue;
            if (AnonymityWords.Contains(t.Lower)) return true;
        }
        return false;
    }

    /// <summary>The description's head noun names someone's circle ("l'entourage de …", "a source close to …").</summary>
    public static bool IsCircleDescription(QuoteDocument doc, SourceCandidate c)
    {
        if (c.Kind is not (SourceKind.Description or SourceKind.IndefiniteDescription)) return false;
        for (int k = c.FirstToken; k <= c.LastToken && k < doc.Tokens.Length; k++)
            if (doc.IsSourceNoun(k)) return CircleNouns.Contains(doc.Tokens[k].Lower);
        return false;
    }

    /// <summary>
    /// A singular pronoun whose nearest preceding source words, in its sentence or the one before, are a singular
    /// indefinite description of a compatible gender ("un responsable", "a senior official"), no person named between.
    /// </summary>
    public static bool IndefiniteAntecedent(QuoteDocument doc, SourceCandidate c)
    {
        if (c.Kind != SourceKind.Pronoun || c.FirstToken <= 0) return false;
        var own = doc.SentenceAt(c.Span.Start);
        var previous = doc.SentenceAt(Math.Max(0, own.Start - 2));
        int stop = Math.Min(own.Start, previous.Start);
        var found = new List<SourceCandidate>();
        int e = doc.EntitiesBefore(c.Span.Start) - 1;
        for (int k = c.FirstToken - 1; k >= 0 && doc.Tokens[k].Span.Start >= stop; k--)
        {
            // A person named after the words (nearer the pronoun) is the nearer antecedent.
            while (e >= 0 && doc.Entities[e].Span.Start >= doc.Tokens[k].Span.Start)
            {
                if (doc.Entities[e].Type == EntityType.Person && doc.Entities[e].Span.End <= c.Span.Start && !doc.InsideQuote(doc.Entities[e].Span)) return false;
                e--;
            }
            if (doc.InsideQuote(doc.Tokens[k].Span) || !char.IsLower(doc.Text[doc.Tokens[k].Span.Start]) || !doc.IsSourceNoun(k)) continue;
            if (Descriptions.At(doc, k, found) is not { } d) continue;
            if (d.Kind != SourceKind.IndefiniteDescription || d.Plural) return false;
            return d.Gender == Gender.Unknown || c.Gender == Gender.Unknown || d.Gender == c.Gender;
        }
        return false;
    }

    /// <summary>A name right before "de"/"d'" and this quotation's open mark: "a qualifié X de « … »" labels X.</summary>
    public static bool LabelledName(QuoteDocument doc, QuoteFrame f, SourceCandidate c)
    {
        if (!c.IsEntity || c.Span.End > f.Passage.OpenMark) return false;
        var between = doc.Text.AsSpan(c.Span.End, f.Passage.OpenMark - c.Span.End).Trim();
        return between is "de" or "d'" or "d’" or "De";
    }
}
