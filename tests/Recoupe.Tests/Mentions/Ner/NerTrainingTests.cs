using System.Collections.Immutable;
using System.Text;
using Recoupe.Mentions;
using Recoupe.Mentions.Entities;
using Recoupe.Mentions.Ner;
using Recoupe.Mentions.Ner.Training;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Mentions.Ner;

/// <summary>
/// Training on a small corpus written here (invented names in a few sentence patterns, laid out as the CoNLL-2003 files
/// are): the run is deterministic to the byte, the model survives saving and loading, and it labels unseen sentences of
/// the same patterns with names it never saw.
/// </summary>
public class NerTrainingTests
{
    private static readonly string[] Given = ["Ilsa", "Tomas", "Wendell", "Pria", "Odo", "Magda", "Rune", "Celia", "Bram", "Nadia", "Otto", "Lior"];
    private static readonly string[] Family = ["Marrow", "Quince", "Halvorsen", "Achterberg", "Dunmore", "Vasko", "Pellam", "Ortolan", "Skerrit", "Bellweather"];
    private static readonly string[] Towns = ["Varden", "Oskarsholm", "Tilbury", "Northwick", "Brevannes", "Caldera", "Mornay", "Eastmere"];
    private static readonly string[] Firms = ["Kestrel", "Ardent", "Sollux", "Brightwater", "Halcyon", "Tandem", "Corvid", "Meridian"];

    // (pattern, whose slots: P person, T town, F firm)
    private static readonly string[] Patterns =
    [
        "P said on Monday that F would open an office in T .",
        "The mayor of T , P , met workers from F .",
        "F shares rose after P praised the plan .",
        "Officials in T expect P to visit F next week .",
        "P , the chief of F , left T on Friday .",
    ];

    private static IEnumerable<(string Token, string Tag)> Sentence(Random rng)
    {
        foreach (var slot in Patterns[rng.Next(Patterns.Length)].Split(' '))
        {
            switch (slot)
            {
                case "P":
                    yield return (Given[rng.Next(Given.Length)], "B-PER");
                    yield return (Family[rng.Next(Family.Length)], "I-PER");
                    break;
                case "T": yield return (Towns[rng.Next(Towns.Length)], "B-LOC"); break;
                case "F":
                    yield return (Firms[rng.Next(Firms.Length)], "B-ORG");
                    yield return (rng.Next(2) == 0 ? "Group" : "Bank", "I-ORG");
                    break;
                default: yield return (slot, "O"); break;
            }
        }
    }

    private static string Corpus(int seed, int documents)
    {
        var rng = new Random(seed);
        var sb = new StringBuilder();
        for (int d = 0; d < documents; d++)
        {
            sb.Append("0\t-DOCSTART-\tO\n\n");
            for (int s = 0; s < 4; s++)
            {
                int i = 0;
                foreach (var (token, tag) in Sentence(rng)) sb.Append(i++).Append('\t').Append(token).Append('\t').Append(tag).Append('\n');
                sb.Append('\n');
            }
        }
        return sb.ToString();
    }

    private static string WriteCorpus()
    {
        var root = Path.Combine(Path.GetTempPath(), $"recoupe-ner-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(root, "ner-en-conll2003"));
        File.WriteAllText(Path.Combine(root, "ner-en-conll2003", "train.conllu"), Corpus(1, 60));
        File.WriteAllText(Path.Combine(root, "ner-en-conll2003", "val.conllu"), Corpus(2, 6));
        return root;
    }

    private static byte[] Train(string root, bool twoPass)
    {
        var options = new NerTrainingOptions { Epochs = 3, SecondPassEpochs = 1, StackingFolds = 2, TwoPass = twoPass, RuleEvidence = false };
        var result = new NerTrainer(root, "en", options, TextWriter.Null).Run();
        using var stream = new MemoryStream();
        result.Model.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void Training_is_deterministic_and_the_model_labels_new_names()
    {
        var root = WriteCorpus();
        try
        {
            var first = Train(root, twoPass: true);
            var second = Train(root, twoPass: true);
            Assert.Equal(first, second);

            var model = NerModel.Load(new MemoryStream(first));
            Assert.Equal("en", model.Language);
            Assert.NotNull(model.FirstPass);
            var recognizer = new StatisticalEntityRecognizer(l => l == "en" ? model : null, new EntityRecognizer());
            // Names that are in no training sentence, in the corpus's patterns.
            const string text = "Jorin Falkenrath said on Monday that Umbrel Group would open an office in Saltmarsh .";
            var context = new AnnotationContext(text, "en", ImmutableArray.Create(new Sentence(new TextSpan(0, text.Length))), null);
            var found = recognizer.Recognize(context).Select(m => (m.Span.Of(text), m.Type)).ToList();
            Assert.Contains(("Jorin Falkenrath", EntityType.Person), found);
            Assert.Contains(("Umbrel Group", EntityType.Organization), found);
            Assert.Contains(("Saltmarsh", EntityType.Place), found);
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [Fact]
    public void A_model_from_other_feature_templates_or_another_file_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => NerModel.Load(new MemoryStream(Encoding.UTF8.GetBytes("not a model at all"))));
    }

    [Fact]
    public void Languages_without_a_model_go_to_the_rules()
    {
        var statistical = new StatisticalEntityRecognizer();
        Assert.True(statistical.HasModel("fr"));
        Assert.True(statistical.HasModel("en"));
        Assert.False(statistical.HasModel("de"));
        const string text = "Bundeskanzlerin Greta Vollmerhaus besuchte am Montag Hamburg.";
        var context = new AnnotationContext(text, "de", ImmutableArray.Create(new Sentence(new TextSpan(0, text.Length))), null);
        Assert.Equal(new EntityRecognizer().Recognize(context).Select(m => m.ToString()), statistical.Recognize(context).Select(m => m.ToString()));
    }
}
