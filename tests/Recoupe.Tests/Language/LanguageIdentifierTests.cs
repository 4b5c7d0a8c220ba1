using Recoupe.Language;

namespace Recoupe.Tests.Language;

public class LanguageIdentifierTests
{
    private static readonly LanguageIdentifier Identifier = new();

    private static IEnumerable<(string Expected, string Text)> Cases() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Specs", "Language", "langid.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t', 2))
            .Select(p => (p[0], p[1]));

    /// <summary>Quality floor on our own multilingual set (titles and one-sentence leads in 30 languages).</summary>
    [Fact]
    public void Accuracy_on_multilingual_set_stays_above_floor()
    {
        var cases = Cases().ToList();
        var wrong = cases.Select(c => (c.Expected, Got: Identifier.Identify(c.Text).Code, c.Text))
            .Where(r => r.Expected != r.Got).ToList();
        double accuracy = 1 - (double)wrong.Count / cases.Count;
        Assert.True(cases.Count >= 70, "spec file too small");
        Assert.True(accuracy >= 0.96, $"accuracy {accuracy:F3}; wrong: " + string.Join(" | ", wrong.Select(w => $"{w.Expected}->{w.Got}: {w.Text}")));
    }

    [Fact]
    public void Seed_articles_are_French()
    {
        foreach (var file in Directory.GetFiles(TestPaths.Seeds, "*.txt"))
        {
            var guess = Identifier.Identify(File.ReadAllText(file));
            Assert.True(guess.Code == "fr" && guess.Confidence > 0.5, $"{Path.GetFileName(file)}: {guess}");
        }
    }

    [Theory]
    [InlineData("fr", "Le président a annoncé")]
    [InlineData("en", "The president said")]
    [InlineData("es", "¿Dónde está?")]
    [InlineData("de", "Straße gesperrt")]
    [InlineData("pt", "Eleições e inflação")]
    public void Short_titles(string expected, string text) => Assert.Equal(expected, Identifier.Identify(text).Code);

    [Fact]
    public void French_article_with_many_English_words_stays_French()
    {
        const string text = "Le CEO a présenté la roadmap du projet lors du meeting : « We are ready », a-t-il lancé devant les investisseurs de la start-up, " +
                            "qui mise sur le cloud computing et le machine learning pour booster son business.";
        Assert.Equal("fr", Identifier.Identify(text).Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("2023-09-12 14:02")]
    [InlineData("Macron")]
    public void No_signal_is_undetermined(string text) => Assert.Equal("und", Identifier.Identify(text).Code);

    [Fact]
    public void Confidence_grows_with_evidence()
    {
        var shortGuess = Identifier.Identify("La grève continue dans le pays");
        var longGuess = Identifier.Identify("La grève continue dans les transports publics, et les syndicats appellent à une nouvelle journée de mobilisation pour la semaine prochaine.");
        Assert.Equal("fr", shortGuess.Code);
        Assert.InRange(shortGuess.Confidence, 0.01, 1);
        Assert.True(longGuess.Confidence > shortGuess.Confidence, $"{longGuess.Confidence} <= {shortGuess.Confidence}");
    }

    [Fact]
    public void Hostile_input_is_bounded()
    {
        var huge = new string('é', 2_000_000) + string.Concat(Enumerable.Repeat("\u0301a ", 100_000));
        var sw = System.Diagnostics.Stopwatch.StartNew();
        Identifier.Identify(huge);
        Assert.True(sw.ElapsedMilliseconds < 500, $"{sw.ElapsedMilliseconds} ms");
    }
}
