using System.Collections.Immutable;
using Recoupe.Evaluation.Ner;
using Recoupe.Mentions.Ner;
using Recoupe.Model;

namespace Recoupe.Tests.Mentions.Ner;

/// <summary>The statistical labeller's parts on their own: tokens, decoding, label consistency, the weight table, CoNLL reading.</summary>
public class NerComponentTests
{
    private static string[] Tokens(string text, bool lostDashes = false)
    {
        var tokens = new List<NerToken>();
        NerTokenizer.Tokenize(text, 0, text.Length, tokens, lostDashes);
        return tokens.Select(t => text[t.Start..t.End]).ToArray();
    }

    [Theory]
    [InlineData("L'envoyé de Mme Ferrand-Loup est arrivé.", "L'|envoyé|de|Mme|Ferrand-Loup|est|arrivé|.")]
    [InlineData("Le 12/03, il a payé 3,5 millions.", "Le|12/03|,|il|a|payé|3,5|millions|.")]
    [InlineData("Halvorsen's aide met U.S. officials.", "Halvorsen|'s|aide|met|U.S.|officials|.")]
    [InlineData("« Non », a-t-elle dit aujourd'hui.", "«|Non|»|,|a-t-elle|dit|aujourd'hui|.")]
    public void Tokenizer_splits_as_the_training_corpora_do(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokens(text));

    [Theory]
    // Invented OCR line breaks: the hyphenation sign and the soft hyphen keep the word whole; a sign before a space does not.
    [InlineData("la Préfec¬ture de Lonval", "la|Préfec¬ture|de|Lonval")]
    [InlineData("le Ver\u00ADmandois parle", "le|Ver\u00ADmandois|parle")]
    [InlineData("fin¬ de ligne", "fin|¬|de|ligne")]
    public void Tokenizer_keeps_a_word_cut_at_a_line_end_whole(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokens(text));

    [Theory]
    // Invented OCR text whose dashes lost their spaces: the name ends at the dash; hyphenated names stay whole.
    [InlineData("le ministre Paul Durand-qui arrivait", "le|ministre|Paul|Durand|-|qui|arrivait")]
    [InlineData("la Norvège-affirme Kessler-n'a rien dit", "la|Norvège|-|affirme|Kessler|-|n'|a|rien|dit")]
    [InlineData("le conseiller Lobard-le plus jeune", "le|conseiller|Lobard|-|le|plus|jeune")]
    [InlineData("Kim Jong-un et Moon Jae-in à Aix-en-Provence", "Kim|Jong-un|et|Moon|Jae-in|à|Aix-en-Provence")]
    [InlineData("de Villeneuve-d'Ascq à Saint-Jean-de-Luz", "de|Villeneuve-d'Ascq|à|Saint-Jean-de-Luz")]
    [InlineData("a-t-elle dit de l'anti-inflammatoire", "a-t-elle|dit|de|l'|anti-inflammatoire")]
    public void Tokenizer_splits_a_dash_that_lost_its_spaces_after_a_name(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Tokens(text, lostDashes: true));
        // English (and the word-cluster text) keep hyphenated words whole: "Serb-held" is one CoNLL token.
        Assert.DoesNotContain("-", Tokens(text));
    }

    [Fact]
    public void Historical_conventions_read_the_weights_of_their_group_and_modern_text_does_not()
    {
        ulong feature = FeatureHash.Feature(1, 424242);
        LabelWeights Only(int label, float w) { var x = new LabelWeights(); x[label] = w; return x; }
        var rows = new List<(ulong, byte, LabelWeights)> { (feature, 0, Only(1, 1f)), (feature, 2, Only(3, 1f)), (feature, 5, Only(5, 1f)) };
        var model = new NerModel("fr", [NerConventions.Modern, NerConventions.Hipe, NerConventions.NewsEye, NerConventions.Europeana, NerConventions.Historical],
            "test", rows, new float[NerLabels.Count * NerLabels.Count], new float[NerLabels.Count]);
        int[] Sums(string convention)
        {
            var sums = new int[NerLabels.Count];
            model.TableFor(convention).AddTo(feature, sums);
            return sums;
        }
        var modern = Sums(NerConventions.Modern);
        var hipe = Sums(NerConventions.Hipe);
        var europeana = Sums(NerConventions.Europeana);
        Assert.True(modern[1] > 0 && modern[3] == 0 && modern[5] == 0);       // shared only
        Assert.True(hipe[1] > 0 && hipe[3] > 0 && hipe[5] > 0);               // shared, its own, its group's
        Assert.True(europeana[1] > 0 && europeana[3] == 0 && europeana[5] > 0); // shared and its group's, not HIPE's own
    }

    [Fact]
    public void A_word_cut_at_a_line_end_has_the_features_of_the_whole_word()
    {
        static List<ulong> Features(string text, int token)
        {
            var view = NerDocumentView.Build(text, [new Recoupe.Model.Sentence(new Recoupe.Model.TextSpan(0, text.Length))], "fr");
            var sink = new List<ulong>();
            NerFeatures.Extract(view.Text, view.Tokens, 0, view.Tokens.Length, token, sink);
            return sink;
        }
        Assert.Equal(Features("la Préfecture de Lonval", 1), Features("la Préfec¬ture de Lonval", 1));
        Assert.NotEqual(Features("la Préfecture de Lonval", 1), Features("la Préfectures de Lonval", 1));
    }

    [Fact]
    public void Name_chain_features_are_read_only_under_their_mask_bit_and_stop_at_a_lower_case_word()
    {
        // Invented: an organisation word three words before the token, with capitalised words and a particle between;
        // then the same word behind a lower-case verb, which ends the chain.
        static List<ulong> Contextual(string text, int token, int mask)
        {
            var view = NerDocumentView.Build(text, [new Recoupe.Model.Sentence(new Recoupe.Model.TextSpan(0, text.Length))], "fr");
            var sink = new List<ulong>();
            NerFeatures.ExtractContextual(view.Tokens, 0, view.Tokens.Length, token, sink, mask);
            return sink;
        }
        int chains = NerFeatures.ClusterFeatures.Chains;
        const string chained = "la Compagnie des Tramways Morvandiaux arrive", broken = "la Compagnie paiera Morvandiaux";
        Assert.Equal(Contextual(chained, 4, 0).Count + 1, Contextual(chained, 4, chains).Count);
        Assert.Equal(Contextual(broken, 3, 0).Count, Contextual(broken, 3, chains).Count);
        Assert.Null(new NerModel("fr", ["modern"], "test", [], new float[NerLabels.Count * NerLabels.Count], new float[NerLabels.Count], clusterMask: chains).Clusters);
    }

    [Fact]
    public void Tokens_cover_every_non_space_character_in_order()
    {
        const string text = "  Über   «l'Élysée»\tà 10:30 — 😀 fin.\n";
        var tokens = new List<NerToken>();
        NerTokenizer.Tokenize(text, 0, text.Length, tokens);
        int covered = 0, last = 0;
        foreach (var t in tokens)
        {
            Assert.True(t.Start >= last && t.End > t.Start);
            Assert.DoesNotContain(text[t.Start..t.End], char.IsWhiteSpace);
            covered += t.Length;
            last = t.End;
        }
        Assert.Equal(text.Count(c => !char.IsWhiteSpace(c)), covered);
    }

    [Fact]
    public void Viterbi_never_opens_a_name_with_an_inside_label()
    {
        // Emissions that prefer I-PER everywhere, and O -> I-PER transitions that would pay: the constraint still holds.
        const int n = 4, L = NerLabels.Count;
        var emissions = new float[n * L];
        for (int i = 0; i < n; i++) emissions[i * L + NerLabels.Inside(0)] = 5;
        emissions[2 * L + NerLabels.Outside] = 20;
        var transitions = new float[L * L];
        transitions[NerLabels.Outside * L + NerLabels.Inside(0)] = 10;
        var labels = new int[n];
        ViterbiDecoder.Decode(emissions, n, transitions, new float[L], labels);
        Assert.False(NerLabels.IsInside(labels[0]));
        for (int i = 1; i < n; i++) Assert.True(NerLabels.Allowed(labels[i - 1], labels[i]), string.Join(",", labels.Select(l => NerLabels.Names[l])));
        Assert.Equal(NerLabels.Outside, labels[2]);
    }

    [Fact]
    public void Viterbi_follows_the_best_scoring_path()
    {
        const int L = NerLabels.Count;
        var emissions = new float[3 * L];
        emissions[0 * L + NerLabels.Begin(1)] = 3;
        emissions[1 * L + NerLabels.Inside(1)] = 3;
        emissions[2 * L + NerLabels.Outside] = 3;
        var labels = new int[3];
        ViterbiDecoder.Decode(emissions, 3, new float[L * L], new float[L], labels);
        Assert.Equal(["B-LOC", "I-LOC", "O"], labels.Select(l => NerLabels.Names[l]));
    }

    [Fact]
    public void Viterbi_vector_path_picks_the_same_labels_as_the_scalar_loop_ties_included()
    {
        // Small integer scores make equal sums common: the vector path must keep the scalar loop's first-of-equals choice.
        const int n = 40, L = NerLabels.Count;
        var random = new Random(7);
        for (int trial = 0; trial < 200; trial++)
        {
            var emissions = new float[n * L];
            var transitions = new float[L * L];
            var start = new float[L];
            for (int k = 0; k < emissions.Length; k++) emissions[k] = random.Next(-3, 4) * (trial % 2 == 0 ? 1f : 0.37f);
            for (int k = 0; k < transitions.Length; k++) transitions[k] = random.Next(-2, 3);
            for (int k = 0; k < L; k++) start[k] = random.Next(-2, 3);
            var vector = new int[n];
            var scalar = new int[n];
            ViterbiDecoder.Decode(emissions, n, transitions, start, vector);
            ViterbiDecoder.ForceScalar = true;
            try { ViterbiDecoder.Decode(emissions, n, transitions, start, scalar); }
            finally { ViterbiDecoder.ForceScalar = false; }
            Assert.Equal(scalar, vector);
        }
    }

    [Fact]
    public void A_name_tagged_once_is_tagged_where_the_labeller_missed_it_unless_its_type_is_ambiguous()
    {
        const string text = "Le juge Tarvel a parlé. Tarvel a quitté Orvane. Orvane dort. Mirel est ici.";
        var sentences = SentencesOf(text);
        var view = NerDocumentView.Build(text, sentences, "fr");
        int TokenAt(string word, int from = 0) => Array.FindIndex(view.Tokens, t => t.Start == text.IndexOf(word, from, StringComparison.Ordinal));
        NerSpan Span(int token, int type) => new(view.Tokens[token].Start, view.Tokens[token].End, type, token, token);
        int firstTarvel = TokenAt("Tarvel"), firstOrvane = TokenAt("Orvane");
        var spans = new List<NerSpan> { Span(firstTarvel, 0), Span(firstOrvane, 1), Span(TokenAt("Orvane", text.IndexOf("Orvane", StringComparison.Ordinal) + 1), 2) };

        LabelConsistency.Propagate(view, spans);

        var secondTarvel = TokenAt("Tarvel", text.IndexOf("Tarvel", StringComparison.Ordinal) + 1);
        Assert.Contains(spans, s => s.FirstToken == secondTarvel && s.Type == 0);
        Assert.Equal(4, spans.Count); // "Orvane" had two types: no new Orvane; "Mirel" was never tagged
        Assert.True(spans.Zip(spans.Skip(1)).All(p => p.First.FirstToken < p.Second.FirstToken));
    }

    [Fact]
    public void A_span_cut_short_of_a_name_tagged_whole_elsewhere_grows_to_it_but_not_over_another_name()
    {
        const string text = "Le maire Tomas Oru Ba a parlé. Tomas Oru Ba reviendra. Tomas Oru Vel ment. Tomas Oru Ba Lin est ici.";
        var sentences = SentencesOf(text);
        var view = NerDocumentView.Build(text, sentences, "fr");
        int TokenAt(string word, int from) => Array.FindIndex(view.Tokens, t => t.Start == text.IndexOf(word, from, StringComparison.Ordinal));
        NerSpan Span(int first, int last, int type) => new(view.Tokens[first].Start, view.Tokens[last].End, type, first, last);
        int whole = TokenAt("Tomas", 0), second = TokenAt("Tomas", 20), third = TokenAt("Tomas", 50), fourth = TokenAt("Tomas", 70);
        var spans = new List<NerSpan>
        {
            Span(whole, whole + 2, 0),      // "Tomas Oru Ba", a person
            Span(second, second + 1, 0),    // "Tomas Oru": "Ba" left out
            Span(third, third + 1, 0),      // "Tomas Oru" before "Vel": no longer name to grow into
            Span(fourth, fourth + 1, 1),    // "Tomas Oru" as a place: not the person's type, it stays as it is
        };

        LabelConsistency.Propagate(view, spans);

        Assert.Contains(spans, s => s.FirstToken == second && s.LastToken == second + 2 && s.Type == 0);
        Assert.Contains(spans, s => s.FirstToken == third && s.LastToken == third + 1);
        Assert.Contains(spans, s => s.FirstToken == fourth && s.LastToken == fourth + 1 && s.Type == 1);
        Assert.DoesNotContain(spans, s => s.FirstToken == second + 2); // "Ba" is not tagged again on its own
    }

    // One sentence per full stop followed by a space or the end.
    private static ImmutableArray<Sentence> SentencesOf(string text)
    {
        var result = ImmutableArray.CreateBuilder<Sentence>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '.' || i + 1 < text.Length && text[i + 1] != ' ') continue;
            result.Add(new Sentence(new TextSpan(start, i + 1)));
            start = i + 2;
        }
        return result.ToImmutable();
    }

    [Fact]
    public void Weight_table_returns_what_it_was_given_within_quantisation()
    {
        var weights = new Dictionary<ulong, LabelWeights>();
        var rng = new Random(7);
        for (int k = 0; k < 500; k++)
        {
            var w = new LabelWeights();
            for (int l = 0; l < NerLabels.Count; l++) w[l] = (float)(rng.NextDouble() * 4 - 2);
            weights[FeatureHash.Feature(k % 7, (ulong)k)] = w;
        }
        var table = new NerWeightTable(weights);
        Span<int> sums = stackalloc int[NerLabels.Count];
        foreach (var (key, w) in weights)
        {
            sums.Clear();
            table.AddTo(key, sums);
            for (int l = 0; l < NerLabels.Count; l++) Assert.InRange(Math.Abs(w[l] - sums[l] * table.Scale), 0, table.Scale);
        }
        sums.Clear();
        table.AddTo(FeatureHash.Feature(99, 12345), sums);
        Assert.All(sums.ToArray(), s => Assert.Equal(0, s));
    }

    [Fact]
    public void Conll_reader_builds_documents_text_and_spans()
    {
        var path = Path.Combine(Path.GetTempPath(), $"recoupe-conll-{Guid.NewGuid():N}.conllu");
        File.WriteAllText(path, """
            0	-DOCSTART-	O

            0	Ilsa	B-PER
            1	Marrow	I-PER
            2	visited	O
            3	New	B-LOC
            4	Varden	I-LOC
            5	.	O

            0	She	O
            1	met	O
            2	Kestrel	B-ORG
            3	Bank	I-ORG
            4	's	O
            5	board	O
            6	.	O

            0	-DOCSTART-	O

            0	Quiet	O
            1	day	O
            """);
        try
        {
            var docs = ConllReader.Read(path).ToList();
            Assert.Equal(2, docs.Count);
            var doc = docs[0];
            Assert.Equal(["Ilsa Marrow", "New Varden", "Kestrel Bank"], doc.Entities.Select(e => e.Span.Of(doc.Text)));
            Assert.Equal(["per", "loc", "org"], doc.Entities.Select(e => NerLabels.Types[NerLabels.TypeIndex(e.Type)].ToLowerInvariant()));
            Assert.Contains("Kestrel Bank's board", doc.Text);
            Assert.Empty(docs[1].Entities);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Hipe_reader_keeps_two_word_tokens_apart_even_when_the_data_says_no_space_after()
    {
        var path = Path.Combine(Path.GetTempPath(), $"recoupe-hipe-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, string.Join("\n",
            "TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tNE-FINE-LIT\tNE-FINE-METO\tNE-FINE-COMP\tNE-NESTED\tNEL-LIT\tNEL-METO\tMISC",
            "# hipe2022:document_id = doc-1",
            "# hipe2022:dataset = newseye",
            "le\tO\t_\tO\t_\t_\tO\t_\t_\t_",
            "quai\tB-LOC\t_\tO\t_\t_\tO\t_\t_\t_",
            "du\tI-LOC\t_\tO\t_\t_\tO\t_\t_\tNoSpaceAfter",
            "Morvel\tI-LOC\t_\tO\t_\t_\tO\t_\t_\tNoSpaceAfter",
            ",\tO\t_\tO\t_\t_\tO\t_\t_\t_",
            "M\tB-PER\t_\tO\t_\t_\tO\t_\t_\tNoSpaceAfter",
            ".\tI-PER\t_\tO\t_\t_\tO\t_\t_\t_",
            "Tarvin\tI-PER\t_\tO\t_\t_\tO\t_\t_\tNoSpaceAfter",
            "partit\tO\t_\tO\t_\t_\tO\t_\t_\t_", ""));
        try
        {
            var doc = Assert.Single(HipeReader.Read(path));
            Assert.Equal("le quai du Morvel, M. Tarvin partit", doc.Text);
            Assert.Equal(["quai du Morvel", "M. Tarvin"], doc.Entities.Select(e => e.Span.Of(doc.Text)));
            Assert.Equal(NerConventions.NewsEye, doc.Convention);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Far_from_any_capitalised_word_tokens_are_outside_under_the_modern_convention_only()
    {
        // A table that scores every known feature as B-PER: only tokens near a capitalised word read their features.
        var weights = new Dictionary<ulong, LabelWeights>();
        var text = "il pleut sur la ville depuis trois jours et Orvane attend";
        var view = NerDocumentView.Build(text, [new Recoupe.Model.Sentence(new Recoupe.Model.TextSpan(0, text.Length))], "fr");
        var features = new List<ulong>();
        for (int i = 0; i < view.Tokens.Length; i++)
        {
            features.Clear();
            NerFeatures.Extract(text, view.Tokens, 0, view.Tokens.Length, i, features);
            foreach (var f in features) { var w = new LabelWeights(); w[NerLabels.Begin(0)] = 1; weights[f] = w; }
        }
        var model = new NerModel("fr", [], "test", weights.Select(kv => (kv.Key, (byte)0, kv.Value)).ToList(),
            new float[NerLabels.Count * NerLabels.Count], new float[NerLabels.Count], null, false);
        var modern = new int[view.Tokens.Length];
        NerTagger.Label(model, view, "modern", secondPass: false, modern, null, null);
        var hipe = new int[view.Tokens.Length];
        NerTagger.Label(model, view, "hipe", secondPass: false, hipe, null, null);
        int name = Array.FindIndex(view.Tokens, t => t.ShortShape == ShortShape.Capitalized);
        for (int i = 0; i < view.Tokens.Length; i++)
        {
            bool near = Math.Abs(i - name) <= NerTagger.NameReach;
            Assert.Equal(near ? NerLabels.Begin(0) : NerLabels.Outside, modern[i]);
            Assert.Equal(NerLabels.Begin(0), hipe[i]);
        }
    }
}
