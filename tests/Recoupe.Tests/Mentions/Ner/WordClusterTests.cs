using System.Text;
using Recoupe.Mentions.Ner;
using Recoupe.Mentions.Ner.Training;

namespace Recoupe.Tests.Mentions.Ner;

/// <summary>
/// Word clusters from an invented text: words used between the same neighbours land in one cluster, words used elsewhere
/// in another; the run is deterministic to the byte and the table survives saving and loading.
/// </summary>
public class WordClusterTests
{
    private static readonly string[] Animals = ["wombat", "ocelot", "marmot", "gecko", "tapir"];
    private static readonly string[] Towns = ["Varden", "Tilbury", "Mornay", "Caldera", "Eastmere"];

    private static IEnumerable<(string, string)> Texts()
    {
        var rng = new Random(7);
        var sb = new StringBuilder();
        for (int i = 0; i < 400; i++)
        {
            sb.Append("the ").Append(Animals[rng.Next(Animals.Length)]).Append(" sleeps . ");
            sb.Append("we drove to ").Append(Towns[rng.Next(Towns.Length)]).Append(" yesterday . ");
        }
        yield return ("invented", sb.ToString());
    }

    private static WordClusters Train() =>
        new WordClusterTrainer(new WordClusterOptions { Sizes = [2, 4], MinCount = 2, ContextWords = 20 }, TextWriter.Null).Train("en", Texts());

    private static uint Of(WordClusters c, string word) => c.Of(FeatureHash.Of(word.AsSpan(), lowerCase: true));

    [Fact]
    public void Words_with_the_same_neighbours_share_a_cluster_and_others_do_not()
    {
        var clusters = Train();
        var animal = WordClusters.At(Of(clusters, "wombat"), 0);
        var town = WordClusters.At(Of(clusters, "varden"), 0);
        Assert.NotEqual(0UL, animal);
        Assert.NotEqual(animal, town);
        foreach (var a in Animals) Assert.Equal(animal, WordClusters.At(Of(clusters, a), 0));
        // Keyed by the lower-cased word: a capitalised occurrence finds the same clusters.
        foreach (var t in Towns) Assert.Equal(town, WordClusters.At(Of(clusters, t), 0));
        Assert.Equal(WordClusters.Resolved, Of(clusters, "zebu"));
    }

    [Fact]
    public void Training_is_deterministic_and_the_table_survives_saving()
    {
        static byte[] Bytes(WordClusters c)
        {
            using var stream = new MemoryStream();
            c.Save(stream);
            return stream.ToArray();
        }
        var first = Bytes(Train());
        Assert.Equal(first, Bytes(Train()));
        var loaded = WordClusters.Load(new MemoryStream(first));
        var trained = Train();
        foreach (var w in Animals.Concat(Towns)) Assert.Equal(Of(trained, w), Of(loaded, w));
        Assert.Throws<InvalidDataException>(() => WordClusters.Load(new MemoryStream(Encoding.UTF8.GetBytes("no table here"))));
    }

    [Fact]
    public void Neighbour_cluster_sums_equal_the_features_looked_up_one_by_one()
    {
        int mask = NerTrainingOptions.DefaultClusterMask;
        var rng = new Random(3);
        // Weights for every cluster feature of a few packed values (and the unknown/boundary value 0), at every position.
        uint[] packed = [0, WordClusters.Resolved, 1 | 5u << 10 | 9u << 20, 2 | 7u << 10 | 300u << 20, 1 | 6u << 10 | 999u << 20];
        var weights = new Dictionary<ulong, LabelWeights>();
        var keys = new List<ulong>();
        foreach (var p in packed)
            for (int position = 0; position <= 4; position++)
            {
                keys.Clear();
                NerFeatures.AddClusters(keys, mask, position, p);
                foreach (var k in keys)
                {
                    var w = new LabelWeights();
                    for (int l = 0; l < NerLabels.Count; l++) w[l] = (float)(rng.NextDouble() * 2 - 1);
                    weights[k] = w;
                }
            }
        var table = new NerWeightTable(weights, mask);
        foreach (var p in packed)
            foreach (var position in new[] { 0, 1, 3, 4 })
            {
                var direct = new int[NerLabels.Count];
                keys.Clear();
                NerFeatures.AddClusters(keys, mask, position, p);
                table.AddAll(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(keys), direct);
                var cached = new int[NerLabels.Count];
                // Twice: the second reads the cache.
                table.AddNeighbourClusters(p, position, cached, []);
                Array.Clear(cached);
                table.AddNeighbourClusters(p, position, cached, []);
                Assert.Equal(direct, cached);
                Assert.Contains(direct, x => x != 0);
            }
    }

    [Fact]
    public void Shipped_tables_load_for_the_languages_with_a_model()
    {
        foreach (var language in new[] { "fr", "en" })
        {
            var model = NerModels.For(language)!;
            if (model.ClusterMask == 0 && (model.FirstPass?.ClusterMask ?? 0) == 0) continue;
            var clusters = WordClusters.For(language);
            Assert.NotNull(clusters);
            Assert.True(clusters.Count > 5_000, $"{language}: {clusters.Count} words");
        }
    }
}
