using System.Collections.Immutable;
using Recoupe.Mentions.Quotes;
using Recoupe.Model;

namespace Recoupe.Mentions;

/// <summary>
/// Direct, partial and indirect quotations with their speakers. Quote marks are paired first
/// (<see cref="QuoteMarkPairer"/>), then each passage gets a speaker from a cue after it, a cue before it in the
/// same sentence, or the passage just before it (a quote split by "ajoutant :"). Short quoted fragments
/// (1–3 words) without any cue are scare quotes, not quotations. Sentences "X a déclaré que …" without marks
/// give indirect quotations (<see cref="IndirectSpeech"/>).
/// </summary>
public sealed class QuoteExtractor : IQuoteExtractor
{
    private const int ScareQuoteMaxWords = 3;

    public ImmutableArray<QuoteMention> Extract(AnnotationContext context, ImmutableArray<EntityMention> entities)
    {
        if (string.IsNullOrEmpty(context.Text)) return [];
        var doc = new QuoteDocument(context, entities);
        var result = ImmutableArray.CreateBuilder<QuoteMention>();
        Attribution? previous = null;
        int previousClose = -1;
        foreach (var q in doc.Passages)
        {
            var content = QuoteMarkPairer.Trim(doc.Text, q.Content);
            if (!HasLetters(doc.Text, content) || doc.IsNested(q.OpenMark)) continue;
            var sentence = doc.SentenceAt(q.OpenMark);
            int windowStart = Math.Max(sentence.Start, doc.LineAt(q.OpenMark).Start);
            var attribution = SpeakerFinder.After(doc, q) ?? SpeakerFinder.Before(doc, q, windowStart);
            if (attribution is null && previous is not null && FollowsDirectly(doc, previous.Value, previousClose, q.OpenMark))
                attribution = previous; // « … » « … » or « … », ajoutant : « … »
            if (attribution is null && WordCount(doc.Text, content) <= ScareQuoteMaxWords) continue;
            var a = attribution ?? new Attribution(null, null, null, null);
            result.Add(new QuoteMention(content, a.SpeakerName, a.SpeakerSpan, a.Cue, false, a.Speaker?.Key));
            previous = attribution;
            previousClose = q.CloseMark;
        }
        IndirectSpeech.Add(doc, result);
        result.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
        return result.ToImmutable();
    }

    // A quote in the same paragraph as the previous one, with nobody else named in between, goes on in the same voice.
    private static bool FollowsDirectly(QuoteDocument doc, Attribution previous, int previousClose, int open)
    {
        if (previousClose < 0 || open - previousClose > 300) return false;
        for (int i = previousClose + 1; i < open; i++)
            if (doc.Text[i] == '\n') return false;
        foreach (var m in doc.Entities)
            if (m.Span.Start > previousClose && m.Span.End < open && m.Type == EntityType.Person && m.Key != previous.Speaker?.Key) return false;
        return true;
    }

    private static bool HasLetters(string text, TextSpan span)
    {
        for (int i = span.Start; i < span.End; i++) if (char.IsLetter(text[i])) return true;
        return false;
    }

    private static int WordCount(string text, TextSpan span)
    {
        int n = 0;
        bool inWord = false;
        for (int i = span.Start; i < span.End; i++)
        {
            bool letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord) n++;
            inWord = letter;
        }
        return n;
    }
}
