using System.Collections.Immutable;
using Recoupe.Language;
using Recoupe.Mentions.Gazetteers;
using Recoupe.Mentions.Lexicon;
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
        Tokens = Tokenizer.TokenArray(Text);
        Entities = [.. entities.OrderBy(e => e.Span.Start)];
        Passages = QuoteMarkPairer.Pair(Text);
        Genders = PersonGender.ByKey(Text, Entities);
        // Paragraphs are the lines with text: the blank lines between them (cleaned text, PolNeAR) count for nothing.
        for (int start = 0; start < Text.Length;)
        {
            int end = Text.IndexOf('\n', start);
            if (end < 0) end = Text.Length;
            if (!Text.AsSpan(start, end - start).IsWhiteSpace()) { _lineStarts.Add(start); _lineEnds.Add(end); }
            start = end + 1;
        }
        if (_lineStarts.Count == 0) { _lineStarts.Add(0); _lineEnds.Add(Text.Length); }
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

    /// <summary>
    /// Where a look-back of <paramref name="paragraphs"/> paragraphs and at least <paramref name="sentences"/> sentences
    /// from <paramref name="position"/> starts: texts written one sentence per line go back by sentences.
    /// </summary>
    public int LookBack(int position, int paragraphs, int sentences)
    {
        int byParagraph = Paragraph(Math.Max(0, ParagraphOf(position) - paragraphs)).Start;
        int lo = 0, hi = Sentences.Length - 1, at = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (Sentences[mid].Span.Start <= position) { at = mid; lo = mid + 1; } else hi = mid - 1;
        }
        int bySentence = at < 0 ? position : Sentences[Math.Max(0, at - sentences)].Span.Start;
        return Math.Min(byParagraph, bySentence);
    }

    private readonly List<int> _lineStarts = [];
    private readonly List<int> _lineEnds = [];

    /// <summary>The number of the paragraph (non-blank line) holding the position, from 0; a blank line belongs to the paragraph before it.</summary>
    public int ParagraphOf(int position)
    {
        int i = _lineStarts.BinarySearch(position);
        return Math.Max(0, i >= 0 ? i : ~i - 1);
    }

    /// <summary>The span of paragraph number <paramref name="index"/> (clamped to the text).</summary>
    public TextSpan Paragraph(int index)
    {
        index = Math.Clamp(index, 0, _lineStarts.Count - 1);
        return new TextSpan(_lineStarts[index], _lineEnds[index]);
    }

    public int ParagraphCount => _lineStarts.Count;

    /// <summary>The passages that may be quotations: outermost ones (a nested quote belongs to its quotation) with letters in them, trimmed.</summary>
    public IEnumerable<(QuotedPassage Passage, TextSpan Content)> OuterPassages()
    {
        foreach (var q in Passages)
        {
            if (IsNested(q.OpenMark)) continue;
            var content = QuoteMarkPairer.Trim(Text, q.Content);
            for (int i = content.Start; i < content.End; i++)
                if (char.IsLetter(Text[i])) { yield return (q, content); break; }
        }
    }

    /// <summary>The outermost quoted passage holding the position, if any.</summary>
    public QuotedPassage? OuterPassageAt(int position)
    {
        int lo = 0, hi = _outer.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            var p = _outer[mid];
            if (position < p.OpenMark) hi = mid - 1;
            else if (position > p.CloseMark) lo = mid + 1;
            else return p;
        }
        return null;
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

    // The word lists asked of a token, answered once per token and document: every quotation's window scans the
    // tokens around it and the windows overlap, and a source-noun lookup is up to five hash lookups.
    // Two bits per question: asked, and the answer.
    private byte[]? _lexicon;
    private const byte CueAsked = 1, Cue = 2, CueBeforeQueAsked = 4, CueBeforeQue = 8, NounAsked = 16, Noun = 32, PronounAsked = 64, Pronoun = 128;

    /// <summary><see cref="SpeechCues.IsCueWord"/> of token <paramref name="k"/>'s lower-case form.</summary>
    public bool IsCueWord(int k) => Ask(k, CueAsked, Cue, static w => SpeechCues.IsCueWord(w));

    /// <summary><see cref="SpeechCues.IsCueWordBeforeQue"/> of token <paramref name="k"/>'s lower-case form.</summary>
    public bool IsCueWordBeforeQue(int k) => Ask(k, CueBeforeQueAsked, CueBeforeQue, static w => SpeechCues.IsCueWordBeforeQue(w));

    /// <summary><see cref="SourceNouns.Contains"/> of token <paramref name="k"/>'s lower-case form.</summary>
    public bool IsSourceNoun(int k) => Ask(k, NounAsked, Noun, static w => SourceNouns.Contains(w));

    /// <summary>Whether token <paramref name="k"/> is a word the candidate finder may take for a pronoun source: a subject
    /// or relative pronoun, "lui"/"him", "it", or an inverted cue's "-t-il".</summary>
    public bool IsPronounWord(int k) => Ask(k, PronounAsked, Pronoun, static w => SpeechCues.InvertedPronoun(w) is not null
        || w is "lui" or "him" or "who" or "which" or "it" or "il" or "elle" or "ils" or "elles" or "on" or "he" or "she" or "they" or "we"
        || w == "i" && QuoteFeatureSwitches.CueSubjects);

    private bool Ask(int k, byte asked, byte yes, Func<string, bool> question)
    {
        var flags = _lexicon ??= new byte[Tokens.Length];
        byte f = flags[k];
        if ((f & asked) == 0)
        {
            f |= asked;
            if (question(Tokens[k].Lower)) f |= yes;
            flags[k] = f;
        }
        return (f & yes) != 0;
    }

    /// <summary>Lists the candidate finder and the ranker reuse from one quotation to the next (see their callers), made on
    /// first use: most documents have few quotations or none, and the two lists were a sixteenth of what the annotate pass
    /// allocated.</summary>
    internal List<Attribution.SourceCandidate> FinderScratch => _finderScratch ??= new(32);
    internal List<Attribution.SourceCandidate> CandidateScratch => _candidateScratch ??= new(64);
    private List<Attribution.SourceCandidate>? _finderScratch, _candidateScratch;

    private readonly List<QuotedPassage> _outer = [];
    private readonly HashSet<int> _nested = [];

    /// <summary>Whether the passage opening at <paramref name="openMark"/> sits inside another one.</summary>
    public bool IsNested(int openMark) => _nested.Contains(openMark);

    /// <summary>How many entities start before the position (they are sorted by start): loops start there instead of
    /// scanning the whole document for every quotation, which a text of many articles would make quadratic.</summary>
    public int EntitiesBefore(int position)
    {
        int lo = 0, hi = Entities.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (Entities[mid].Span.Start < position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>How many passages open before the position (they are in text order).</summary>
    public int PassagesBefore(int position)
    {
        int lo = 0, hi = Passages.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (Passages[mid].OpenMark < position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

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

    private Dictionary<string, (string Name, int Count)>? _byKey;

    /// <summary>The fullest name an entity is written with in this document ("Nicolas Sarkozy" for "Sarkozy"), and how often it is mentioned.</summary>
    public (string Name, int Count) EntityByKey(EntityMention m)
    {
        _byKey ??= BuildKeys();
        return _byKey.TryGetValue(m.Key, out var v) ? v : (m.Name, 1);
    }

    private Dictionary<string, bool>? _fullNames;

    /// <summary>Whether the entity's fullest name is a given name and a surname ("Nicolas Sarkozy"), the recogniser's surest persons.</summary>
    public bool HasFullName(EntityMention m)
    {
        _fullNames ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (_fullNames.TryGetValue(m.Key, out var known)) return known;
        var name = EntityByKey(m).Name;
        int space = name.IndexOf(' ');
        return _fullNames[m.Key] = space > 0 && Gazetteers.GivenNames.IsGivenName(name[..space]);
    }

    private Dictionary<string, List<string>>? _roles;

    /// <summary>The roles the document gives the entity in any of its mentions, gathered once per document.</summary>
    public IReadOnlyList<string> RolesOf(EntityMention m)
    {
        if (_roles is null)
        {
            _roles = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var e in Entities)
                if (e.Role is { } r)
                {
                    if (!_roles.TryGetValue(e.Key, out var list)) _roles[e.Key] = list = [];
                    list.Add(r);
                }
        }
        return _roles.TryGetValue(m.Key, out var roles) ? roles : [];
    }

    private HashSet<string>? _roled;

    /// <summary>Whether some mention of the entity comes with a title or role ("M.", "le ministre", "spokesman").</summary>
    public bool HasRole(EntityMention m)
    {
        _roled ??= [.. Entities.Where(e => e.Role is not null).Select(e => e.Key)];
        return _roled.Contains(m.Key);
    }

    // Keyed by where the mention (with a title before it) starts and where its name starts, all the answer depends on:
    // a key by reference hashed every new mention object through the runtime's slow path (2-3% of the whole pass).
    private Dictionary<long, (bool AfterPreposition, bool SentenceFirst)>? _placement;

    /// <summary>Where a mention stands in its sentence: after a preposition ("à X", "to X"; a title before the name counts
    /// as the name), and among its first words. Computed once per mention.</summary>
    public (bool AfterPreposition, bool SentenceFirst) Placement(EntityMention m)
    {
        _placement ??= [];
        int start = m.RoleSpan is { } r && r.End <= m.Span.Start ? r.Start : m.Span.Start;
        long key = (long)start << 32 | (uint)m.Span.Start;
        if (_placement.TryGetValue(key, out var known)) return known;
        int t = FirstTokenAtOrAfter(start) - 1;
        // "according to X" names a source, not an object.
        bool preposition = t >= 0 && Attribution.ChainResolver.IsPreposition(Tokens[t].Lower) && !(t > 0 && Tokens[t - 1].Lower == "according");
        bool first = FirstTokenAtOrAfter(m.Span.Start) - FirstTokenAtOrAfter(SentenceAt(m.Span.Start).Start) <= 3;
        return _placement[key] = (preposition, first);
    }

    private Dictionary<string, (string, int)> BuildKeys()
    {
        var d = new Dictionary<string, (string Name, int Count)>(StringComparer.Ordinal);
        foreach (var e in Entities)
            d[e.Key] = d.TryGetValue(e.Key, out var v) ? (e.Name.Length > v.Name.Length ? e.Name : v.Name, v.Count + 1) : (e.Name, 1);
        return d;
    }
}
