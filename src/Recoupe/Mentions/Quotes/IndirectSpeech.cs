using System.Collections.Immutable;
using Recoupe.Model;

namespace Recoupe.Mentions.Quotes;

/// <summary>
/// Reported speech without quote marks: "X a déclaré que …", "X said that …", "il a ajouté que …", and English
/// without "that" ("X said the talks had failed", see <see cref="EnglishBareClause"/>).
/// The quotation is the reported clause, up to the end of the sentence; sentences with quote marks are left to
/// the direct-quote path.
/// </summary>
internal static class IndirectSpeech
{
    public static void Add(QuoteDocument doc, ImmutableArray<QuoteMention>.Builder result)
    {
        foreach (var s in doc.Sentences)
        {
            var span = s.Span;
            if (ContainsQuoteMark(doc.Text, span)) continue;
            int t0 = doc.FirstTokenAtOrAfter(span.Start);
            for (int k = t0 + 1; k + 1 < doc.Tokens.Length && doc.Tokens[k].Span.End <= span.End; k++)
            {
                var tok = doc.Tokens[k];
                if (!SpeechCues.IsCueWordBeforeQue(tok.Lower) || tok.Lower.EndsWith("ant", StringComparison.Ordinal)) continue;
                // The cue may be followed by a time word or "aux journalistes" before "que": allow three words,
                // none for the verb forms that are also nouns ("il juge que", not "le juge a …").
                int que = -1, reach = SpeechCues.IsCueWord(tok.Lower) ? 4 : 1;
                for (int j = k + 1; j < doc.Tokens.Length && j <= k + reach && doc.Tokens[j].Span.End <= span.End; j++)
                    if (doc.Tokens[j].Lower is "que" or "qu" or "that") { que = j; break; }
                bool bare = false;
                if (que < 0 && doc.Language == "en") { que = EnglishBareClause.ClauseBefore(doc, k, span); bare = que >= 0; }
                if (que < 0 || que + 1 >= doc.Tokens.Length) continue;
                var quoted = new QuotedPassage(new TextSpan(doc.Tokens[que].Span.End, span.End), tok.Span.Start, span.End);
                // Without "that", the clause itself opens where the quote mark would stand.
                int openMark = bare ? doc.Tokens[que + 1].Span.Start : doc.Tokens[que].Span.Start;
                var attribution = SpeakerFinder.Before(doc, quoted with { OpenMark = openMark }, span.Start);
                if (attribution is not { SpeakerName: not null } a) break;
                int start = doc.Tokens[que + 1].Span.Start, end = span.End;
                while (end > start && (char.IsWhiteSpace(doc.Text[end - 1]) || doc.Text[end - 1] is '.' or '!' or '?')) end--;
                if (end > start) result.Add(new QuoteMention(new TextSpan(start, end), a.SpeakerName, a.SpeakerSpan, a.Cue, true, a.Speaker?.Key));
                break;
            }
        }
    }

    private static bool ContainsQuoteMark(string text, TextSpan span)
    {
        for (int i = span.Start; i < span.End; i++)
            if (text[i] is '«' or '»' or '“' or '”' or '"' or '„') return true;
        return false;
    }
}
