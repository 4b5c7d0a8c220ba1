using System.Collections.Immutable;
using Recoupe.Language;
using Recoupe.Mentions.Gazetteers;
using Recoupe.Model;

namespace Recoupe.Mentions.Quotes;

/// <summary>One document as the quote extractor reads it: tokens, sentences, entities, quoted passages and who is which gender.</summary>
internal sealed class QuoteDocument
{
    public QuoteDocument(AnnotationContext context, ImmutableArray<EntityMention> entities)
    {
        Text = context.Text;
        Language = context.Language;
        Sentences = context.Sentences;
        Tokens = [.. Tokenizer.Tokenize(Text)];
        Entities = [.. entities.OrderBy(e => e.Span.Start)];
        Passages = QuoteMarkPairer.Pair(Text);
        Genders = PersonGender.ByKey(Text, Entities);
        // Passages are nested or disjoint (they come from a stack): the outermost ones, in order, answer "inside a quote?".
        int maxClose = -1;
        foreach (var p in Passages)
        {
            if (p.CloseMark < maxClose) { _nested.Add(p.OpenMark); continue; }
            _outer.Add(p);
            maxClose = p.CloseMark;
        }
    }

    public string Text { get; }
    public string Language { get; }
    public ImmutableArray<Sentence> Sentences { get; }
    public Token[] Tokens { get; }
    public List<EntityMention> Entities { get; }
    public List<QuotedPassage> Passages { get; }
    public Dictionary<string, Gender> Genders { get; }

    /// <summary>The span of the sentence holding <paramref name="position"/>, or of its line when the splitter gives none.</summary>
    public TextSpan SentenceAt(int position)
    {
        int index = Sentences.IndexAt(position);
        if (index >= 0) return Sentences[index].Span;
        int start = Text.LastIndexOf('\n', Math.Max(0, position - 1)) + 1;
        int end = Text.IndexOf('\n', position);
        return new TextSpan(Math.Min(start, position), end < 0 ? Text.Length : end);
    }

    /// <summary>The paragraph (line) holding the position.</summary>
    public TextSpan LineAt(int position)
    {
        int start = position == 0 ? 0 : Text.LastIndexOf('\n', position - 1) + 1;
        int end = Text.IndexOf('\n', position);
        return new TextSpan(start, end < 0 ? Text.Length : end);
    }

    /// <summary>Index of the first token starting at or after <paramref name="position"/>.</summary>
    public int FirstTokenAtOrAfter(int position)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (Tokens[mid].Span.Start < position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private readonly List<QuotedPassage> _outer = [];
    private readonly HashSet<int> _nested = [];

    /// <summary>Whether the passage opening at <paramref name="openMark"/> sits inside another one.</summary>
    public bool IsNested(int openMark) => _nested.Contains(openMark);

    public bool InsideQuote(TextSpan span)
    {
        int lo = 0, hi = _outer.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            var p = _outer[mid];
            if (span.Start <= p.OpenMark) hi = mid - 1;
            else if (span.Start >= p.CloseMark) lo = mid + 1;
            else return span.End <= p.CloseMark;
        }
        return false;
    }

    public Gender GenderOf(EntityMention m) => Genders.TryGetValue(m.Key, out var g) ? g : Gender.Unknown;
}
