using System.Collections.Immutable;
using Recoupe.Mentions.Gazetteers;
using Recoupe.Mentions.Lexicon;
using Recoupe.Mentions.Names;
using Recoupe.Model;

namespace Recoupe.Mentions.Ner;

/// <summary>
/// A document as the labeller reads it: its tokens with precomputed hashes and lexicon flags, cut into sentences
/// (the sequences that are decoded). Document-level evidence — a capitalised word also written in lower case
/// elsewhere, a sentence opener capitalised inside another sentence — is gathered here once.
/// </summary>
public sealed class NerDocumentView
{
    public string Text { get; }
    public TokenInfo[] Tokens { get; }
    /// <summary>Sentences as [first token, end token) ranges.</summary>
    public ImmutableArray<(int First, int End)> Sentences { get; }

    private NerDocumentView(string text, TokenInfo[] tokens, ImmutableArray<(int, int)> sentences)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
    }

    /// <param name="lostDashes">Tokenise with dashes that lost their spaces split off (<see cref="NerModel.SplitsLostDashes"/>).</param>
    /// <param name="ruleMentions">The rule recogniser's entities on the same text: its names, types and roles become
    /// features (evidence the model weighs against everything else), not decisions.</param>
    public static NerDocumentView Build(string text, ImmutableArray<Sentence> sentences, string language,
        ImmutableArray<EntityMention> ruleMentions = default, bool lostDashes = false)
    {
        // The tokens only pass through here on their way to the token infos: a list kept per thread (a new one was a
        // quarter of what building the view allocated).
        var tokens = ScratchTokens ??= new List<NerToken>(1024);
        tokens.Clear();
        var ranges = ImmutableArray.CreateBuilder<(int, int)>(sentences.Length);
        foreach (var s in sentences)
        {
            int first = tokens.Count;
            NerTokenizer.Tokenize(text, s.Span.Start, s.Span.End, tokens, lostDashes);
            if (tokens.Count > first) ranges.Add((first, tokens.Count));
        }
        var infos = new TokenInfo[tokens.Count];
        for (int i = 0; i < infos.Length; i++) infos[i] = Describe(text, tokens[i]);
        foreach (var (first, end) in ranges) MarkSentence(text, infos, first, end);
        MarkLexicons(text, infos, language);
        MarkDocumentEvidence(infos);
        if (!ruleMentions.IsDefaultOrEmpty) MarkRuleMentions(infos, ruleMentions);
        if (tokens.Capacity > MaxScratch) ScratchTokens = null; // one long document does not keep its buffer
        return new NerDocumentView(text, infos, ranges.DrainToImmutable());
    }

    // Per-thread buffers for what a build reads and forgets, dropped after a document larger than MaxScratch tokens.
    [ThreadStatic] private static List<NerToken>? ScratchTokens;
    [ThreadStatic] private static Dictionary<ulong, byte>? ScratchSeen;
    private const int MaxScratch = 16_384;

    /// <summary>
    /// Records a first pass's labels and, for each word, what the first pass said of its other occurrences in the
    /// document (Krishnan &amp; Manning 2006: a name is mostly one type throughout a document). Part of building the view of a
    /// two-pass model; the view is not read concurrently while this runs.
    /// </summary>
    public void ApplyFirstPass(ReadOnlySpan<int> labels)
    {
        var counts = new Dictionary<ulong, int[]>(Tokens.Length / 4);
        for (int i = 0; i < Tokens.Length; i++)
        {
            ref var t = ref Tokens[i];
            t.FirstPassLabel = (byte)labels[i];
            if (labels[i] == NerLabels.Outside || t.ShortShape is ShortShape.Punctuation or ShortShape.Number) continue;
            if (!counts.TryGetValue(t.Lower, out var c)) counts[t.Lower] = c = new int[NerLabels.Types.Length];
            c[NerLabels.TypeOf(labels[i])]++;
        }
        for (int i = 0; i < Tokens.Length; i++)
        {
            ref var t = ref Tokens[i];
            t.DocumentTypes = 0;
            t.DocumentMajority = 0;
            if (!counts.TryGetValue(t.Lower, out var c)) continue;
            int own = labels[i] == NerLabels.Outside ? -1 : NerLabels.TypeOf(labels[i]);
            int best = -1, bestCount = 0;
            for (int type = 0; type < c.Length; type++)
            {
                int others = c[type] - (type == own ? 1 : 0);
                if (others <= 0) continue;
                t.DocumentTypes |= (byte)(1 << type);
                if (others > bestCount) { best = type; bestCount = others; }
            }
            if (best >= 0) t.DocumentMajority = (byte)(best + 1);
        }
    }

    /// <summary>Looks up the clusters of tokens [from, to] not looked up yet. Lazy: the tagger skips the features of tokens
    /// far from any name, and so their lookups.</summary>
    public void ResolveClusters(WordClusters clusters, int from, int to)
    {
        for (int k = Math.Max(0, from); k <= to && k < Tokens.Length; k++)
            if (Tokens[k].Clusters == 0) Tokens[k].Clusters = clusters.Of(Tokens[k].Lower);
    }

    private static void MarkRuleMentions(TokenInfo[] infos, ImmutableArray<EntityMention> mentions)
    {
        foreach (var m in mentions)
        {
            int type = m.Type switch { EntityType.Person => 0, EntityType.Place => 1, EntityType.Organization => 2, _ => 3 };
            int first = FirstTokenEndingAfter(infos, m.Span.Start);
            for (int k = first; k < infos.Length && infos[k].Start < m.Span.End; k++)
                infos[k].RuleLabel = (byte)(k == first ? NerLabels.Begin(type) : NerLabels.Inside(type));
            if (m.RoleSpan is not { } role) continue;
            for (int k = FirstTokenEndingAfter(infos, role.Start); k < infos.Length && infos[k].Start < role.End; k++)
                infos[k].InRuleRole = true;
        }
    }

    public static int FirstTokenEndingAfter(TokenInfo[] tokens, int position)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static TokenInfo Describe(string text, NerToken t)
    {
        Span<char> joined = stackalloc char[64];
        var span = TokenForm.WithoutLineBreakHyphens(text.AsSpan(t.Start, t.Length), joined);
        var info = new TokenInfo { Start = t.Start, End = t.End };
        info.Form = FeatureHash.Of(span);
        info.Lower = FeatureHash.Of(span, lowerCase: true);
        info.ShortShape = ShortShapeOf(span); // with Form, fixes ShortShapeHash
        return info;
    }

    public static ShortShape ShortShapeOf(ReadOnlySpan<char> s)
    {
        int upper = 0, lower = 0, digit = 0, other = 0;
        foreach (var c in s)
        {
            if (char.IsUpper(c)) upper++;
            else if (char.IsLower(c)) lower++;
            else if (char.IsDigit(c)) digit++;
            else if (!char.IsLetter(c)) other++;
            else lower++; // letters without case (CJK, Arabic) read as ordinary words
        }
        if (upper + lower == 0) return digit > 0 ? ShortShape.Number : ShortShape.Punctuation;
        if (digit > 0) return ShortShape.Alphanumeric;
        if (upper == 0) return ShortShape.Lower;
        if (lower == 0) return upper == 1 ? ShortShape.SingleCap : ShortShape.AllCaps;
        if (char.IsUpper(s[0]) && upper == 1) return ShortShape.Capitalized;
        return char.IsUpper(s[0]) && IsCapitalizedParts(s) ? ShortShape.Capitalized : ShortShape.Mixed;
    }

    // "Jean-Pierre", "Saint-Étienne", "O'Neill": every part capitalised.
    private static bool IsCapitalizedParts(ReadOnlySpan<char> s)
    {
        for (int i = 1; i < s.Length; i++)
            if (char.IsUpper(s[i]) && s[i - 1] is not ('-' or '\'' or '’' or '.')) return false;
        return true;
    }

    private static void MarkSentence(string text, TokenInfo[] infos, int first, int end)
    {
        int words = 0, caps = 0;
        for (int i = first; i < end; i++)
        {
            ref var t = ref infos[i];
            bool opener = i == first || infos[i - 1].ShortShape == ShortShape.Punctuation && text[infos[i - 1].Start] is '«' or '"' or '“' or '(' or ':' or '—' or '–' or '-' or '‘' or '[';
            if (opener) t.Flags |= LexiconFlags.Initial;
            if (t.ShortShape is ShortShape.Lower or ShortShape.Capitalized or ShortShape.Mixed) words++;
            else if (t.ShortShape is ShortShape.AllCaps) { words++; caps++; }
        }
        if (caps >= 3 && caps * 5 >= words * 4)
            for (int i = first; i < end; i++) infos[i].Flags |= LexiconFlags.Headline;
    }

    private static void MarkLexicons(string text, TokenInfo[] infos, string language)
    {
        ulong languageSeed = FeatureHash.Of(language);
        Span<char> joined = stackalloc char[64];
        for (int i = 0; i < infos.Length; i++)
        {
            ref var t = ref infos[i];
            if (t.ShortShape is ShortShape.Punctuation or ShortShape.Number) continue;
            // Words repeat (Zipf): each distinct form is looked up in the lexicons once per process.
            ulong key = FeatureHash.Feature(60, t.Form, languageSeed);
            if (!LexiconCache.TryGetValue(key, out var flags))
            {
                flags = LexiconFlagsOf(TokenForm.WithoutLineBreakHyphens(text.AsSpan(t.Start, t.End - t.Start), joined).ToString(), t.ShortShape, language);
                // A bound for endless streams of new words. Counted apart: ConcurrentDictionary.Count takes every lock.
                if (Interlocked.Increment(ref _lexiconCacheAdds) >= MaxCachedForms) { LexiconCache.Clear(); Interlocked.Exchange(ref _lexiconCacheAdds, 0); }
                LexiconCache[key] = flags;
            }
            t.Flags |= flags;
        }
        MarkPlaces(text, infos);
    }

    private const int MaxCachedForms = 400_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<ulong, LexiconFlags> LexiconCache = new();
    private static int _lexiconCacheAdds;

    private static LexiconFlags LexiconFlagsOf(string form, ShortShape shape, string language)
    {
        var lower = form.ToLowerInvariant();
        var folded = TextFold.Fold(lower);
        var flags = LexiconFlags.None;
        var trimmed = lower.TrimEnd('\'', '’');
        if (GivenNames.IsGivenName(folded)) flags |= LexiconFlags.GivenName;
        if (TitleWords.IsTitle(lower)) flags |= LexiconFlags.Title;
        if (TitleWords.IsHonorific(lower)) flags |= LexiconFlags.Honorific;
        if (OrganizationCues.Heads.Contains(lower)) flags |= LexiconFlags.OrganizationHead;
        if (OrganizationCues.Suffixes.Contains(lower)) flags |= LexiconFlags.OrganizationSuffix;
        if (OrganizationCues.CompanySuffixes.Contains(lower)) flags |= LexiconFlags.CompanySuffix;
        if (OrganizationCues.PressHeads.Contains(lower)) flags |= LexiconFlags.PressHead;
        if (Demonyms.IsPeopleNounBeforeName(lower) || Demonyms.IsSingularDemonym(lower)) flags |= LexiconFlags.Demonym;
        if (FunctionWords.IsFunctionWord(trimmed, language)) flags |= LexiconFlags.FunctionWord;
        if (FunctionWords.IsParticle(trimmed)) flags |= LexiconFlags.Particle;
        if (CapitalisedCommonNouns.Contains(lower)) flags |= LexiconFlags.CommonNoun;
        if (Calendar.IsCalendarWord(folded)) flags |= LexiconFlags.Calendar;
        if (shape != ShortShape.Lower && OrganizationCues.IsNewsAgency(form)) flags |= LexiconFlags.NewsAgency;
        return flags;
    }

    private const int MaxPlaceTokens = 4;

    // Longest gazetteer match starting at each capitalised word: "Corée du Nord", "New York", "Saint-Gall".
    private static void MarkPlaces(string text, TokenInfo[] infos)
    {
        for (int i = 0; i < infos.Length; i++)
        {
            if (infos[i].ShortShape is not (ShortShape.Capitalized or ShortShape.AllCaps or ShortShape.SingleCap)) continue;
            // Country codes and usual acronyms ("USA", "RPDC") are countries too.
            if (infos[i].ShortShape == ShortShape.AllCaps && infos[i].End - infos[i].Start is >= 2 and <= 5
                && Places.LookupCode(text.Substring(infos[i].Start, infos[i].End - infos[i].Start)) is not null)
            {
                infos[i].Flags |= LexiconFlags.PlaceBegin | LexiconFlags.Country;
                continue;
            }
            if (LongestPlace(text, infos, i, out var place) is not int last) continue;
            var kind = place!.Kind switch
            {
                PlaceKind.Country => LexiconFlags.Country,
                PlaceKind.Region => LexiconFlags.Region,
                _ => LexiconFlags.City,
            };
            infos[i].Flags |= LexiconFlags.PlaceBegin | kind;
            for (int k = i + 1; k <= last; k++) infos[k].Flags |= LexiconFlags.PlaceInside | kind;
            i = last;
        }
    }

    private const int MaxPlaceChars = 60;

    /// <summary>
    /// The last token of the longest span of at most <see cref="MaxPlaceTokens"/> tokens (and <see cref="MaxPlaceChars"/>
    /// characters) from token <paramref name="i"/> that the gazetteer knows, ending on a word; null if none. The text of
    /// the longest span is folded once (each shorter span's key is a prefix of it), and when no name starts with its
    /// first folded word, no span whose key holds that whole word is looked up: a person's name, the usual capitalised
    /// word, then costs one set lookup instead of four folds and four lookups. The same answers as looking every span up.
    /// </summary>
    private static int? LongestPlace(string text, TokenInfo[] infos, int i, out PlaceInfo? place)
    {
        place = null;
        int start = infos[i].Start, longest = 0;
        Span<char> folded = stackalloc char[4 * MaxPlaceChars];
        Span<int> keyLength = stackalloc int[MaxPlaceTokens + 1];
        int written = 0;
        bool space = true;
        for (int n = 1; n <= Math.Min(MaxPlaceTokens, infos.Length - i); n++)
        {
            int end = infos[i + n - 1].End;
            if (end - start > MaxPlaceChars) break; // and so are all longer spans
            int from = n == 1 ? start : infos[i + n - 2].End;
            if (!Names.TextFold.TryFoldMore(text.AsSpan(from, end - from), folded, ref written, ref space))
                return LongestPlaceOneByOne(text, infos, i, out place);
            keyLength[n] = written > 0 && folded[written - 1] == ' ' ? written - 1 : written;
            longest = n;
        }
        if (longest == 0) return null;
        int firstWord = folded[..keyLength[longest]].IndexOf(' ') is var s and >= 0 ? s : keyLength[longest];
        bool mayStart = firstWord == 0 || Places.StartsSomeName(folded[..firstWord]);
        for (int n = longest; n >= 1; n--)
        {
            int last = i + n - 1;
            if (infos[last].ShortShape is ShortShape.Punctuation or ShortShape.Number) continue;
            // A key as long as the first word starts with that whole word (the next character, if any, is a space).
            if (!mayStart && keyLength[n] >= firstWord) continue;
            if (Places.LookupFolded(folded[..keyLength[n]]) is not { } found) continue;
            place = found;
            return last;
        }
        return null;
    }

    // Each span looked up on its own: text whose folding needs the slow path (letters beyond Latin Extended-B).
    private static int? LongestPlaceOneByOne(string text, TokenInfo[] infos, int i, out PlaceInfo? place)
    {
        for (int n = Math.Min(MaxPlaceTokens, infos.Length - i); n >= 1; n--)
        {
            int last = i + n - 1;
            if (infos[last].ShortShape is ShortShape.Punctuation or ShortShape.Number) continue;
            if (infos[last].End - infos[i].Start > MaxPlaceChars) continue;
            if (Places.Lookup(text.AsSpan(infos[i].Start, infos[last].End - infos[i].Start)) is { } found)
            {
                place = found;
                return last;
            }
        }
        place = null;
        return null;
    }

    private static void MarkDocumentEvidence(TokenInfo[] infos)
    {
        // Kept per thread like the token list (a new dictionary per document was a sixth of the view's allocations).
        var seen = ScratchSeen ??= new Dictionary<ulong, byte>(512);
        seen.Clear();
        const byte Lower = 1, Capitalized = 2;
        foreach (ref readonly var t in infos.AsSpan())
        {
            if ((t.Flags & (LexiconFlags.Initial | LexiconFlags.Headline)) != 0) continue;
            byte bit = t.ShortShape == ShortShape.Lower ? Lower : t.ShortShape is ShortShape.Capitalized ? Capitalized : (byte)0;
            if (bit == 0) continue;
            seen[t.Lower] = (byte)(seen.GetValueOrDefault(t.Lower) | bit);
        }
        foreach (ref var t in infos.AsSpan())
        {
            if (t.ShortShape is not (ShortShape.Capitalized or ShortShape.AllCaps)) continue;
            var s = seen.GetValueOrDefault(t.Lower);
            if ((s & Lower) != 0) t.Flags |= LexiconFlags.LowerElsewhere;
            if ((s & Capitalized) != 0 && (t.Flags & (LexiconFlags.Initial | LexiconFlags.Headline)) != 0) t.Flags |= LexiconFlags.CapitalizedElsewhere;
        }
        if (seen.Count > MaxScratch) ScratchSeen = null;
    }
}
