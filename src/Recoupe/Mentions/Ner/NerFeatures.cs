namespace Recoupe.Mentions.Ner;

/// <summary>
/// The feature templates of the labeller: the word, its lower-case form, shape and affixes; its neighbours two words
/// either side; shape and word bigrams; lexicon and gazetteer evidence of the word and its neighbours;
/// document evidence. Each feature is one 64-bit hash; the model holds one weight per (feature, label).
/// Changing a template changes <see cref="Version"/>: a model trained with other templates is refused at load.
/// </summary>
public static class NerFeatures
{
    public const int Version = 4;

    private static readonly ulong Boundary = FeatureHash.Of("<s>");

    // Flags of a neighbour worth a feature of their own.
    private const LexiconFlags NeighbourFlags = LexiconFlags.Title | LexiconFlags.Honorific | LexiconFlags.GivenName
        | LexiconFlags.OrganizationHead | LexiconFlags.PlaceBegin | LexiconFlags.PlaceInside | LexiconFlags.Particle
        | LexiconFlags.Demonym | LexiconFlags.CompanySuffix | LexiconFlags.PressHead | LexiconFlags.Calendar;

    /// <summary>Appends the features of token <paramref name="i"/> of the sentence [first, end) to <paramref name="sink"/>.
    /// <paramref name="clusterMask"/>: the word-cluster features the model reads (see <see cref="ClusterFeatures"/>); their
    /// tokens' <see cref="TokenInfo.Clusters"/> must be resolved.</summary>
    public static void Extract(string text, TokenInfo[] t, int first, int end, int i, List<ulong> sink, int clusterMask = 0)
    {
        ExtractIntrinsic(text, t[i], sink, clusterMask);
        ExtractContextual(t, first, end, i, sink, clusterMask);
    }

    /// <summary>
    /// The features a token has on its own: its form, shape, affixes and flags. They depend only on the token's
    /// <see cref="IntrinsicKey"/>, so the tagger sums their weights once per distinct word and flags (<see cref="NerWeightTable"/>).
    /// </summary>
    public static void ExtractIntrinsic(string text, in TokenInfo w, List<ulong> sink, int clusterMask = 0)
    {
        Span<char> joined = stackalloc char[64];
        var word = TokenForm.WithoutLineBreakHyphens(text.AsSpan(w.Start, w.End - w.Start), joined);
        sink.Add(FeatureHash.Feature(0, 0));
        sink.Add(FeatureHash.Feature(1, w.Lower));
        if (w.Form != w.Lower) sink.Add(FeatureHash.Feature(2, w.Form));
        sink.Add(FeatureHash.Feature(3, TokenForm.ShapeHash(word)));
        sink.Add(FeatureHash.Feature(4, w.ShortShapeHash));
        for (int k = 1; k <= 4; k++) AddIf(sink, 4 + k, TokenForm.Prefix(word, k));
        for (int k = 1; k <= 5; k++) AddIf(sink, 8 + k, TokenForm.Suffix(word, k));
        AddFlags(sink, 23, w.Flags, ~0u);
        if ((w.Flags & LexiconFlags.Initial) != 0) sink.Add(FeatureHash.Feature(26, w.ShortShapeHash));
        if ((w.Flags & LexiconFlags.Headline) != 0) sink.Add(FeatureHash.Feature(34, w.ShortShapeHash));
        if (clusterMask != 0) AddClusters(sink, clusterMask, 2, w.Clusters);
    }

    /// <summary>What the intrinsic features of a token are a function of: its exact form (which fixes its lower case,
    /// shape and affixes) and its flags.</summary>
    public static ulong IntrinsicKey(in TokenInfo w) => FeatureHash.Feature(63, w.Form, (ulong)w.Flags);

    /// <summary>The features of token <paramref name="i"/> that read its neighbours or the rule recogniser's labels.</summary>
    /// <param name="neighbourClusters">Whether to add the neighbours' cluster features; the tagger leaves them out and adds
    /// their weights from <see cref="NerWeightTable.AddNeighbourClusters"/> (the same features, summed once per word).</param>
    public static void ExtractContextual(TokenInfo[] t, int first, int end, int i, List<ulong> sink, int clusterMask = 0, bool neighbourClusters = true)
    {
        ref readonly var w = ref t[i];
        ulong prev = i - 1 >= first ? t[i - 1].Lower : Boundary, next = i + 1 < end ? t[i + 1].Lower : Boundary;
        ulong prev2 = i - 2 >= first ? t[i - 2].Lower : Boundary, next2 = i + 2 < end ? t[i + 2].Lower : Boundary;
        ulong prevShape = i - 1 >= first ? t[i - 1].ShortShapeHash : Boundary, nextShape = i + 1 < end ? t[i + 1].ShortShapeHash : Boundary;

        sink.Add(FeatureHash.Feature(14, prev));
        sink.Add(FeatureHash.Feature(15, next));
        sink.Add(FeatureHash.Feature(16, prev2));
        sink.Add(FeatureHash.Feature(17, next2));
        sink.Add(FeatureHash.Feature(18, prevShape, w.ShortShapeHash));
        sink.Add(FeatureHash.Feature(19, w.ShortShapeHash, nextShape));
        sink.Add(FeatureHash.Feature(20, prevShape, w.ShortShapeHash, nextShape));
        sink.Add(FeatureHash.Feature(21, prev, w.Lower));
        sink.Add(FeatureHash.Feature(22, w.Lower, next));
        sink.Add(FeatureHash.Feature(27, prev, w.ShortShapeHash));
        sink.Add(FeatureHash.Feature(28, w.ShortShapeHash, next));
        if (i - 1 >= first) AddFlags(sink, 24, t[i - 1].Flags, (uint)NeighbourFlags);
        if (i + 1 < end) AddFlags(sink, 25, t[i + 1].Flags, (uint)NeighbourFlags);
        // The rule recogniser's reading of this token and its neighbours, and whether it is inside a title it attached.
        ulong rule = w.RuleLabel, rulePrev = i - 1 >= first ? t[i - 1].RuleLabel : 99UL, ruleNext = i + 1 < end ? t[i + 1].RuleLabel : 99UL;
        sink.Add(FeatureHash.Feature(40, rule));
        sink.Add(FeatureHash.Feature(41, rule, w.ShortShapeHash));
        sink.Add(FeatureHash.Feature(42, rulePrev, rule));
        sink.Add(FeatureHash.Feature(43, rule, ruleNext));
        if (w.InRuleRole) sink.Add(FeatureHash.Feature(44, ruleNext, w.ShortShapeHash));
        if ((clusterMask & ClusterFeatures.Chains) != 0) AddChains(t, first, end, i, sink);
        if ((clusterMask & ClusterFeatures.TableBits) == 0) return;
        if (neighbourClusters)
        {
            // Clusters of the neighbours (a text boundary reads as cluster 0, as an unknown word does).
            AddClusters(sink, clusterMask, 0, i - 2 >= first ? t[i - 2].Clusters : 0);
            AddClusters(sink, clusterMask, 1, i - 1 >= first ? t[i - 1].Clusters : 0);
            AddClusters(sink, clusterMask, 3, i + 1 < end ? t[i + 1].Clusters : 0);
            AddClusters(sink, clusterMask, 4, i + 2 < end ? t[i + 2].Clusters : 0);
        }
        // The previous and next word's cluster with this word's shape: "a capitalised word after a word like 'in'".
        if ((clusterMask & ClusterFeatures.PrevWithShape) != 0)
            sink.Add(FeatureHash.Feature(85, i - 1 >= first ? WordClusters.At(t[i - 1].Clusters, 1) : 0, w.ShortShapeHash));
        if ((clusterMask & ClusterFeatures.NextWithShape) != 0)
            sink.Add(FeatureHash.Feature(86, w.ShortShapeHash, i + 1 < end ? WordClusters.At(t[i + 1].Clusters, 1) : 0));
    }

    /// <summary>
    /// Which word-cluster features a model reads, as a bit mask stored with it: bit <c>position × 3 + granularity</c> for
    /// the cluster (granularity 0 coarse … 2 fine, see <see cref="WordClusters"/>) of the word at offset position − 2
    /// (positions 0..4: two words before … two words after), plus the conjunctions below. 0: none (models before clusters).
    /// </summary>
    public static class ClusterFeatures
    {
        public const int PrevWithShape = 1 << 15, NextWithShape = 1 << 16;
        /// <summary>Not a cluster feature: the name-chain features (<see cref="AddChains"/>), kept in the same stored mask so
        /// that a model without them (English, older French) reads exactly what it read before.</summary>
        public const int Chains = 1 << 17;
        /// <summary>Not a feature either: the model was trained on French tokens whose lost dashes were split off
        /// (<see cref="NerTokenizer"/>, IsLostDash), so text is tokenised so for it; a model without the bit reads hyphenated
        /// words whole, as before.</summary>
        public const int LostDashes = 1 << 18;
        /// <summary>Not a feature: the model learned person spans without their honorific ("Ador", not "M. Ador") in every
        /// corpus, so decoding puts it back under the conventions whose guidelines keep it
        /// (<see cref="Evaluation.Ner.NerConventions.KeepsHonorifics"/>); a model without the bit learned each corpus's own.</summary>
        public const int HonorificsOutside = 1 << 19;
        /// <summary>Not a feature: the model learned person spans with the honorific right before them in every corpus
        /// ("M. Ador"), so decoding strips it under the conventions that leave it out.</summary>
        public const int HonorificsInside = 1 << 20;
        /// <summary>Not a feature: the model learned the labels as annotated, and decoding follows each convention's
        /// honorifics (<see cref="Evaluation.Ner.NerConventions.KeepsHonorifics"/>) as with the two bits above.</summary>
        public const int HonorificsByConvention = 1 << 21;
        /// <summary>Any of the three: decoding keeps or strips honorifics by convention.</summary>
        public const int HonorificBits = HonorificsOutside | HonorificsInside | HonorificsByConvention;
        /// <summary>Not a feature: the model learned titles as annotated, and decoding cuts a title opening a person's span
        /// under the conventions that leave it out (<see cref="Evaluation.Ner.NerConventions.LeavesTitlesOut"/>: Le Temps, Europeana).</summary>
        public const int TitlesByConvention = 1 << 22;
        /// <summary>Not a feature: the model learned person spans without the title opening them, in every corpus; decoding
        /// puts a title right before a person back under the conventions that keep it (<see cref="Evaluation.Ner.NerConventions.KeepsTitles"/>)
        /// and cuts it under those that leave it out.</summary>
        public const int TitlesOutside = 1 << 23;
        /// <summary>Either: decoding follows each convention's titles.</summary>
        public const int TitleBits = TitlesByConvention | TitlesOutside;
        /// <summary>The bits that read the cluster table.</summary>
        public const int TableBits = Chains - 1;

        public static int Bit(int offset, int granularity) => 1 << ((offset + 2) * 3 + granularity);

        /// <summary>The mask for granularities <paramref name="granularities"/> (bits 0..2) at the word itself, at ±1 and at ±2.</summary>
        public static int Of(int self, int near, int far, bool shapeConjunctions)
        {
            int mask = 0;
            for (int g = 0; g < WordClusters.MaxGranularities; g++)
            {
                if ((self >> g & 1) != 0) mask |= Bit(0, g);
                if ((near >> g & 1) != 0) mask |= Bit(-1, g) | Bit(1, g);
                if ((far >> g & 1) != 0) mask |= Bit(-2, g) | Bit(2, g);
            }
            return shapeConjunctions ? mask | PrevWithShape | NextWithShape : mask;
        }
    }

    // Head words worth a chain feature, in the order one is preferred when a word carries several flags.
    private static readonly LexiconFlags[] ChainHeads =
        [LexiconFlags.OrganizationHead, LexiconFlags.PressHead, LexiconFlags.Title, LexiconFlags.Honorific, LexiconFlags.GivenName];
    private static readonly LexiconFlags[] ChainTails = [LexiconFlags.CompanySuffix, LexiconFlags.OrganizationSuffix];
    private const int ChainReach = 5;

    /// <summary>
    /// A head word (organisation word, newspaper word, title, honorific, given name) up to <see cref="ChainReach"/> tokens
    /// before this one, with only capitalised words, particles, function words and name punctuation between: the neighbour
    /// flags see one word away, but an organisation's or a titled person's name runs longer (invented: "la Société
    /// générale des Tramways du Midi", "M. le docteur Paul Vernier"). The same to the right for company and organisation
    /// suffixes. Each as (head kind, distance, this word's shape).
    /// </summary>
    private static void AddChains(TokenInfo[] t, int first, int end, int i, List<ulong> sink)
    {
        for (int k = i - 1; k >= first && i - k <= ChainReach; k--)
        {
            var flags = t[k].Flags;
            int head = FirstOf(ChainHeads, flags);
            if (head >= 0)
            {
                if (i - k > 1) sink.Add(FeatureHash.Feature(87, (ulong)head + 1, (ulong)(i - k), t[i].ShortShapeHash));
                break;
            }
            if (!Chains(t[k])) break;
        }
        for (int k = i + 1; k < end && k - i <= ChainReach; k++)
        {
            var flags = t[k].Flags;
            int tail = FirstOf(ChainTails, flags);
            if (tail >= 0)
            {
                sink.Add(FeatureHash.Feature(88, (ulong)tail + 1, (ulong)(k - i), t[i].ShortShapeHash));
                break;
            }
            if (!Chains(t[k])) break;
        }
    }

    // A token that can sit inside a longer name: capitalised, a particle or function word, or name punctuation.
    private static bool Chains(in TokenInfo w) =>
        w.ShortShape is ShortShape.Capitalized or ShortShape.AllCaps or ShortShape.SingleCap or ShortShape.Mixed
        || (w.Flags & (LexiconFlags.Particle | LexiconFlags.FunctionWord)) != 0
        || w.ShortShape == ShortShape.Punctuation && w.End - w.Start == 1 && IsNamePunctuation(w);

    private static int FirstOf(LexiconFlags[] kinds, LexiconFlags flags)
    {
        for (int k = 0; k < kinds.Length; k++)
            if ((flags & kinds[k]) != 0) return k;
        return -1;
    }

    private static bool IsNamePunctuation(in TokenInfo w) => w.Form == Dot || w.Form == Hyphen || w.Form == Apostrophe || w.Form == Ampersand;
    private static readonly ulong Dot = FeatureHash.Of("."), Hyphen = FeatureHash.Of("-"), Apostrophe = FeatureHash.Of("'"), Ampersand = FeatureHash.Of("&");

    /// <summary>The cluster features of a word seen at <paramref name="position"/> (0..4: two before … two after) from the
    /// token being labelled. Templates 70..84: position × 3 + granularity.</summary>
    public static void AddClusters(List<ulong> sink, int mask, int position, uint clusters)
    {
        int bits = (mask >> (position * 3)) & 7;
        while (bits != 0)
        {
            int g = System.Numerics.BitOperations.TrailingZeroCount(bits);
            sink.Add(FeatureHash.Feature(70 + position * 3 + g, WordClusters.At(clusters, g)));
            bits &= bits - 1;
        }
    }

    /// <summary>
    /// The second pass's features, added to the first pass's scores: the first pass's labels around the token and what
    /// it said of the same word elsewhere in the document, with the word's shape.
    /// </summary>
    public static void ExtractSecondPass(TokenInfo[] t, int first, int end, int i, List<ulong> sink)
    {
        ref readonly var w = ref t[i];
        ulong label = w.FirstPassLabel, prev = i - 1 >= first ? t[i - 1].FirstPassLabel : 99UL, next = i + 1 < end ? t[i + 1].FirstPassLabel : 99UL;
        sink.Add(FeatureHash.Feature(59, 0));
        sink.Add(FeatureHash.Feature(50, label));
        sink.Add(FeatureHash.Feature(51, prev, label));
        sink.Add(FeatureHash.Feature(52, label, next));
        sink.Add(FeatureHash.Feature(53, w.DocumentMajority));
        sink.Add(FeatureHash.Feature(54, w.DocumentMajority, w.ShortShapeHash));
        sink.Add(FeatureHash.Feature(55, w.DocumentMajority, label));
        uint types = w.DocumentTypes;
        while (types != 0)
        {
            int type = System.Numerics.BitOperations.TrailingZeroCount(types);
            sink.Add(FeatureHash.Feature(56, (ulong)type + 1));
            types &= types - 1;
        }
        if (i + 1 < end && t[i + 1].DocumentMajority != 0) sink.Add(FeatureHash.Feature(57, t[i + 1].DocumentMajority));
        if (i - 1 >= first && t[i - 1].DocumentMajority != 0) sink.Add(FeatureHash.Feature(58, t[i - 1].DocumentMajority));
    }

    private static void AddIf(List<ulong> sink, int template, ulong value)
    {
        if (value != 0) sink.Add(FeatureHash.Feature(template, value));
    }

    private static void AddFlags(List<ulong> sink, int template, LexiconFlags flags, uint mask)
    {
        uint bits = (uint)flags & mask;
        while (bits != 0)
        {
            int bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
            sink.Add(FeatureHash.Feature(template, (ulong)bit + 1));
            bits &= bits - 1;
        }
    }

}
