using Recoupe.Mentions.Gazetteers;
using Recoupe.Mentions.Lexicon;
using Recoupe.Model;

namespace Recoupe.Mentions.Quotes;

/// <summary>Who said it, and the cue that says so.</summary>
internal readonly record struct Attribution(EntityMention? Speaker, string? SpeakerName, TextSpan? SpeakerSpan, string? Cue);

/// <summary>
/// Finds the speaker of a quoted passage: a speech cue after the quote ("», a déclaré Sullivan", "”, Kirby said",
/// "», a-t-elle ajouté") or before it in the same sentence ("X a déclaré qu'il « ... »", "Elle a noté : « ... »",
/// "Selon X, ... « ... »"). Pronouns and bare roles go to the nearest earlier person of a compatible gender,
/// across paragraphs, skipping people named inside quotes.
/// </summary>
internal static partial class SpeakerFinder
{
    private const int WindowTokens = 14;

    public static Attribution? After(QuoteDocument doc, QuotedPassage q)
    {
        var sentence = doc.SentenceAt(Math.Max(q.OpenMark, 0));
        int limit = Math.Max(sentence.End, doc.LineAt(q.CloseMark).End);
        limit = Math.Min(limit, NextQuoteOpen(doc, q.CloseMark));
        int i = q.CloseMark + 1;
        if (InBrackets(doc, i) is { } bracketed) return Of(bracketed, null);
        // English puts the comma inside the marks: "…," Kirby said.
        bool separated = q.CloseMark > 0 && doc.Text[q.CloseMark - 1] is ',' or '!' or '?' or '—';
        while (i < limit && (char.IsWhiteSpace(doc.Text[i]) || doc.Text[i] is ',' or '—' or '–' or '-'))
            separated |= doc.Text[i++] is not (' ' or '\u00A0' or '\u202F');
        if (i >= limit || doc.Text[i] is '.' or '!' or '?' or '\n') return null;
        int t = doc.FirstTokenAtOrAfter(i);
        // Without a comma, only a cue straight after the mark counts: "« … » a déclaré X", not "« … » si elle conclut".
        if (!separated && t < doc.Tokens.Length && !IsCueStart(doc.Tokens[t].Lower)) return null;
        for (int k = t; k < doc.Tokens.Length && k < t + 5 && doc.Tokens[k].Span.Start < limit; k++)
        {
            var tok = doc.Tokens[k];
            if (SpeechCues.InvertedPronoun(tok.Lower) is { } pronoun)
            {
                var cueEnd = k + 1 < doc.Tokens.Length && SpeechCues.IsCueWord(doc.Tokens[k + 1].Lower) ? doc.Tokens[k + 1].Span.End : tok.Span.End;
                return FromPronoun(doc, pronoun, q.OpenMark, doc.Text[tok.Span.Start..cueEnd]);
            }
            // "« … », selon lui." / "“…,” according to Kirby."
            if (SpeechCues.IsAccordingTo(tok.Lower))
            {
                int next = k + (tok.Lower == "according" ? 2 : 1);
                if (next < doc.Tokens.Length && PersonGender.OfPronoun(doc.Tokens[next].Lower) is not null)
                    return FromPronoun(doc, doc.Tokens[next].Lower, q.OpenMark, tok.Span.Of(doc.Text));
                var source = FirstEntityAfter(doc, tok.Span.End, limit);
                if (source is not null) return Of(source, tok.Span.Of(doc.Text));
                continue;
            }
            if (!SpeechCues.IsCueWord(tok.Lower)) continue;
            string cue = CueText(doc, k);
            // "…”, Kirby said." / "…”, he said.": the subject sits between the quote and the cue.
            var before = EntityBetween(doc, i, tok.Span.Start);
            if (before is not null) return Of(before, cue);
            if (k > t && PersonGender.OfPronoun(doc.Tokens[k - 1].Lower) is not null) return FromPronoun(doc, doc.Tokens[k - 1].Lower, q.OpenMark, cue);
            // "», a déclaré mardi le conseiller … Jake Sullivan lors d'un…": the first person after the cue.
            var after = FirstEntityAfter(doc, tok.Span.End, limit);
            if (after is not null) return Of(after, cue);
            var role = RoleAfter(doc, k + 1, limit, q.OpenMark);
            return role ?? new Attribution(null, null, null, cue);
        }
        return null;
    }

    public static Attribution? Before(QuoteDocument doc, QuotedPassage q, int windowStart)
    {
        int end = q.OpenMark;
        int t0 = doc.FirstTokenAtOrAfter(windowStart), t1 = doc.FirstTokenAtOrAfter(end);
        // "Selon X, … « … »": X speaks.
        for (int k = t0; k < t1; k++)
        {
            if (!SpeechCues.IsAccordingTo(doc.Tokens[k].Lower)) continue;
            int next = k + (doc.Tokens[k].Lower == "according" ? 2 : 1);
            if (next < t1 && PersonGender.OfPronoun(doc.Tokens[next].Lower) is not null)
                return FromPronoun(doc, doc.Tokens[next].Lower, doc.Tokens[k].Span.Start, doc.Tokens[k].Span.Of(doc.Text));
            var who = FirstEntityAfter(doc, doc.Tokens[k].Span.End, Math.Min(end, doc.Tokens[Math.Min(k + 6, doc.Tokens.Length - 1)].Span.End));
            if (who is not null) return Of(who, doc.Text[doc.Tokens[k].Span.Start..doc.Tokens[k].Span.End]);
        }
        for (int k = t1 - 1; k >= t0; k--)
        {
            var tok = doc.Tokens[k];
            if (!SpeechCues.IsCueWord(tok.Lower) || tok.Lower == "according") continue;
            string cue = CueText(doc, k);
            var subject = LastEntityBetween(doc, windowStart, tok.Span.Start);
            // A pronoun subject closer to the cue than any name: "Elle a noté :", "il a ajouté que".
            for (int p = k - 1; p >= t0 && p >= k - 3; p--)
            {
                if (PersonGender.OfPronoun(doc.Tokens[p].Lower) is not null && (subject is null || subject.Span.End <= doc.Tokens[p].Span.Start))
                    return FromPronoun(doc, doc.Tokens[p].Lower, doc.Tokens[p].Span.Start, cue);
                if (!SpeechCues.IsAuxiliary(doc.Tokens[p].Lower)) break;
            }
            if (subject is { Type: EntityType.Organization or EntityType.Place } && RoleOf(doc, subject, windowStart, cue) is { } role) return role;
            if (subject is not null) return Of(subject, cue);
            var after = FirstEntityAfter(doc, tok.Span.End, end);
            if (after is not null) return Of(after, cue); // "déclare le Conseil …" before a second quote
            return new Attribution(null, null, null, cue);
        }
        return null;
    }

    // A headline's source in brackets right after the quote: "« … » (Maison Blanche)".
    private static EntityMention? InBrackets(QuoteDocument doc, int i)
    {
        while (i < doc.Text.Length && doc.Text[i] == ' ') i++;
        if (i >= doc.Text.Length || doc.Text[i] != '(') return null;
        int close = doc.Text.IndexOf(')', i);
        if (close < 0 || close - i > 60) return null;
        foreach (var m in doc.Entities)
            if (m.Span.Start > i && m.Span.End <= close && m.Type is EntityType.Person or EntityType.Organization or EntityType.Place) return m;
        return null;
    }

    private static bool IsCueStart(string lower) =>
        SpeechCues.IsCueWord(lower) || SpeechCues.InvertedPronoun(lower) is not null || lower is "a" or "avait" or "ont" or "has" or "had";

    private static Attribution Of(EntityMention m, string? cue) => new(m, m.Name, m.Span, cue);

    public static Attribution FromPronoun(QuoteDocument doc, string pronoun, int before, string? cue)
    {
        var wanted = PersonGender.OfPronoun(pronoun);
        if (wanted is null) return new Attribution(null, null, null, cue);
        var m = NearestPerson(doc, before, wanted.Value, null);
        return m is null ? new Attribution(null, null, null, cue) : Of(m, cue);
    }

    // "Le porte-parole du Pentagone a confirmé que …": the speaker is the spokesperson (the last person known with
    // that role, else the role itself), not the institution.
    private static Attribution? RoleOf(QuoteDocument doc, EntityMention institution, int windowStart, string cue)
    {
        int t = doc.FirstTokenAtOrAfter(institution.Span.Start);
        for (int k = t - 1; k >= 0 && k >= t - 4 && doc.Tokens[k].Span.Start >= windowStart; k--)
        {
            if (!TitleWords.IsTitle(doc.Tokens[k].Lower, out var g)) continue;
            var known = NearestPerson(doc, doc.Tokens[k].Span.Start, g, doc.Tokens[k].Lower);
            if (known is not null && HasRoleMentioning(doc, known, institution)) return Of(known, cue);
            var span = new TextSpan(doc.Tokens[k].Span.Start, institution.Span.End);
            return new Attribution(null, Entities.DisplayName.Of(doc.Text.AsSpan(span.Start, span.Length)), span, cue);
        }
        return null;
    }

    // "a déclaré le porte-parole" with no name: the last person with that role, else the role itself.
    private static Attribution? RoleAfter(QuoteDocument doc, int k, int limit, int before)
    {
        for (int j = k; j < doc.Tokens.Length && j < k + 4 && doc.Tokens[j].Span.Start < limit; j++)
        {
            if (!TitleWords.IsTitle(doc.Tokens[j].Lower, out var g)) continue;
            var m = NearestPerson(doc, before, g, doc.Tokens[j].Lower);
            if (m is not null) return Of(m, null);
            var span = doc.Tokens[j].Span;
            return new Attribution(null, span.Of(doc.Text), span, null);
        }
        return null;
    }

    private static int NextQuoteOpen(QuoteDocument doc, int after)
    {
        foreach (var p in doc.Passages)
            if (p.OpenMark > after) return p.OpenMark;
        return doc.Text.Length;
    }

    // "a déclaré", "avait ajouté", "said": the cue with its auxiliary.
    private static string CueText(QuoteDocument doc, int k)
    {
        var tok = doc.Tokens[k];
        int start = tok.Span.Start;
        if (k > 0 && doc.Tokens[k - 1].Lower is "a" or "avait" or "ont" or "has" or "had" && tok.Span.Start - doc.Tokens[k - 1].Span.End <= 1)
            start = doc.Tokens[k - 1].Span.Start;
        return doc.Text[start..tok.Span.End];
    }
}
