using System.Buffers;
using System.Collections.Immutable;
using Recoupe.Mentions.Quotes.Attribution;
using Recoupe.Model;

namespace Recoupe.Mentions.Quotes;

/// <summary>
/// Reported speech without quote marks: "X a déclaré que …", "X said that …", "il a ajouté que …", and English
/// without "that" ("X said the talks had failed", see <see cref="EnglishBareClause"/>). The quotation is the
/// reported clause, up to the end of the sentence; its source is ranked as for a direct quotation, with the clause
/// standing where the quote marks would; a clause nobody is found to say is left out. Sentences with quote marks
/// are left to the direct-quote path.
/// </summary>
internal static class IndirectSpeech
{
    public static void Add(QuoteDocument doc, QuoteModel model, ImmutableArray<QuoteMention>.Builder result)
    {
        var state = new AttributionState();
        foreach (var s in doc.Sentences)
        {
            var span = s.Span;
            if (ContainsQuoteMark(doc.Text, span)) continue;
            int t0 = doc.FirstTokenAtOrAfter(span.Start);
            for (int k = t0 + 1; k + 1 < doc.Tokens.Length && doc.Tokens[k].Span.End <= span.End; k++)
            {
                var tok = doc.Tokens[k];
                if (!doc.IsCueWordBeforeQue(k) || tok.Lower.EndsWith("ant", StringComparison.Ordinal)) continue;
                // The cue may be followed by a time word or "aux journalistes" before "que": allow three words,
                // none for the verb forms that are also nouns ("il juge que", not "le juge a …").
                int que = -1, reach = doc.IsCueWord(k) ? 4 : 1;
                for (int j = k + 1; j < doc.Tokens.Length && j <= k + reach && doc.Tokens[j].Span.End <= span.End; j++)
                    if (doc.Tokens[j].Lower is "que" or "qu" or "that") { que = j; break; }
                bool bare = false;
                if (que < 0 && doc.Language == "en") { que = EnglishBareClause.ClauseBefore(doc, k, span); bare = que >= 0; }
                if (que < 0 || que + 1 >= doc.Tokens.Length) continue;
                int start = doc.Tokens[que + 1].Span.Start, end = span.End;
                while (end > start && (char.IsWhiteSpace(doc.Text[end - 1]) || doc.Text[end - 1] is '.' or '!' or '?')) end--;
                if (end <= start) break;
                // Without "that", the clause itself opens where the quote mark would stand.
                int openMark = bare ? start : doc.Tokens[que].Span.Start;
                var passage = new QuotedPassage(new TextSpan(start, end), openMark, end - 1);
                var frame = QuoteFrame.Of(doc, passage, passage.Content, indirect: true);
                var ranked = SpeakerRanker.Rank(doc, frame, state, model);
                if (ranked.Chosen.Kind == SourceKind.Nobody || ranked.Chosen.Span.Start >= openMark) break;
                result.Add(QuoteExtractor.Mention(doc, frame, ranked, indirect: true));
                state.Spoke(ranked.ChosenEntity, frame.Paragraph, end);
                break;
            }
        }
    }

    // Vectorised: this runs over every sentence of every article.
    private static bool ContainsQuoteMark(string text, TextSpan span) =>
        text.AsSpan(span.Start, span.End - span.Start).ContainsAny(QuoteMarks);

    private static readonly SearchValues<char> QuoteMarks = SearchValues.Create("«»“”\"„");
}
