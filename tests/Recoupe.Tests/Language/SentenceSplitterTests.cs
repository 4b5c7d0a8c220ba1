using Recoupe.Language;

namespace Recoupe.Tests.Language;

/// <summary>
/// Spec tests: Specs/Language/sentences.spec holds cases as "&gt; input" (\n for a line break) followed by
/// "- expected sentence" lines, one case per block.
/// </summary>
public class SentenceSplitterTests
{
    private static readonly SentenceSplitter Splitter = new();

    public static TheoryData<string, string, string[]> SpecCases()
    {
        var data = new TheoryData<string, string, string[]>();
        string? language = null, input = null;
        var expected = new List<string>();
        foreach (var raw in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Specs", "Language", "sentences.spec")))
        {
            if (raw.StartsWith("## ", StringComparison.Ordinal)) { language = raw[3..].Trim(); continue; }
            if (raw.StartsWith("> ", StringComparison.Ordinal))
            {
                Flush();
                input = raw[2..].Replace("\\n", "\n", StringComparison.Ordinal);
            }
            else if (raw.StartsWith("- ", StringComparison.Ordinal)) expected.Add(raw[2..]);
        }
        Flush();
        return data;

        void Flush()
        {
            if (input is not null) data.Add(language ?? "fr", input, expected.ToArray());
            input = null;
            expected.Clear();
        }
    }

    [Theory]
    [MemberData(nameof(SpecCases))]
    public void Splits_as_specified(string language, string input, string[] expected)
    {
        var got = Splitter.Split(input, language).Select(s => s.Span.Of(input)).ToArray();
        Assert.Equal(expected, got);
    }

    [Fact]
    public void Offsets_point_into_text_and_are_trimmed()
    {
        const string text = "  Première phrase.   Deuxième phrase !  \n\n Troisième  ";
        var sentences = Splitter.Split(text, "fr");
        Assert.Equal(3, sentences.Length);
        foreach (var s in sentences)
        {
            var t = s.Span.Of(text);
            Assert.False(char.IsWhiteSpace(t[0]) || char.IsWhiteSpace(t[^1]));
        }
        Assert.Equal("Troisième", sentences[2].Span.Of(text));
    }

    [Fact]
    public void Empty_and_punctuation_only_inputs()
    {
        Assert.Empty(Splitter.Split("", "fr"));
        Assert.Empty(Splitter.Split(" \n \n", "en"));
        Assert.Single(Splitter.Split("...", "en"));
    }

    [Fact]
    public void Long_hostile_text_is_linear()
    {
        var text = string.Concat(Enumerable.Repeat("M. U.S. . . « » ?! a. ", 50_000));
        var sw = System.Diagnostics.Stopwatch.StartNew();
        Splitter.Split(text, "fr");
        Assert.True(sw.ElapsedMilliseconds < 1000, $"{sw.ElapsedMilliseconds} ms");
    }
}
