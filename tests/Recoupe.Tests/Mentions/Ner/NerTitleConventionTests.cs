using Recoupe.Evaluation.Ner;
using Recoupe.Language;
using Recoupe.Mentions;
using Recoupe.Mentions.Entities;
using Recoupe.Mentions.Ner;
using Recoupe.Mentions.Ner.Training;
using Recoupe.Model;

namespace Recoupe.Tests.Mentions.Ner;

/// <summary>
/// Titles against person spans: HIPE-2020 and NewsEye keep "général Dufour" whole, Le Temps (its own convention name,
/// HIPE's weights) and Europeana keep "Dufour"; training can move titles out of every span and decoding follows each
/// convention. Invented text only.
/// </summary>
public class NerTitleConventionTests
{
    private static TextSpan SpanOf(string text, string part) => new(text.IndexOf(part, StringComparison.Ordinal), text.IndexOf(part, StringComparison.Ordinal) + part.Length);

    [Theory]
    [InlineData("général Dufresnoy", 8)]
    [InlineData("Président Aubertin", 10)]
    [InlineData("Dufresnoy", 0)]
    [InlineData("général", 0)]
    [InlineData("Marcel Dufresnoy", 0)]
    public void The_title_opening_a_span_is_measured_with_its_space(string span, int length) =>
        Assert.Equal(length, TitleSpans.LeadingLength(span, new TextSpan(0, span.Length)));

    [Theory]
    [InlineData("hier le général Dufresnoy vint", "Dufresnoy", "général Dufresnoy")]
    [InlineData("hier le Dufresnoy vint", "Dufresnoy", "Dufresnoy")]
    [InlineData("Dufresnoy vint", "Dufresnoy", "Dufresnoy")]
    public void The_title_right_before_a_span_is_found(string text, string name, string widened)
    {
        var span = SpanOf(text, name);
        Assert.Equal(widened, text[TitleSpans.Before(text, span.Start)..span.End]);
    }

    [Fact]
    public void Le_temps_reads_hipe_weights_keeps_honorifics_and_leaves_titles_out()
    {
        Assert.Equal(NerConventions.Hipe, NerConventions.WeightsOf(NerConventions.LeTemps));
        Assert.Equal(NerConventions.NewsEye, NerConventions.WeightsOf(NerConventions.NewsEye));
        Assert.True(NerConventions.KeepsHonorifics(NerConventions.LeTemps));
        Assert.Equal(NerConventions.Historical, NerConventions.GroupOf(NerConventions.LeTemps));
        Assert.True(NerConventions.KeepsTitles(NerConventions.Hipe));
        Assert.False(NerConventions.KeepsTitles(NerConventions.LeTemps));
        Assert.True(NerConventions.LeavesTitlesOut(NerConventions.LeTemps));
        Assert.False(NerConventions.LeavesTitlesOut(NerConventions.Modern));
        Assert.False(NerConventions.KeepsTitles(NerConventions.Modern));
    }

    [Fact]
    public void A_hipe_2022_document_of_the_le_temps_dataset_is_read_under_its_own_convention()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path,
            [
                "TOKEN\tNE-COARSE-LIT\tMISC",
                "# hipe2022:document_id = a-1", "# hipe2022:dataset = letemps", "Le\tO\t_", "général\tB-pers\t_", "Dufresnoy\tI-pers\t_",
                "# hipe2022:document_id = b-1", "# hipe2022:dataset = newseye", "Lonval\tB-loc\t_",
                "# hipe2022:document_id = c-1", "Lonval\tB-loc\t_",
            ]);
            Assert.Equal([NerConventions.LeTemps, NerConventions.NewsEye, NerConventions.Hipe], HipeReader.Read(path).Select(d => d.Convention));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Training_labels_can_move_titles_out_of_person_spans_after_the_honorific_labels()
    {
        const string text = "Hier le général Dufresnoy et M. Aubertin vinrent à Lonval.";
        var doc = new NerDocument("d", text, [new GoldEntity(SpanOf(text, "général Dufresnoy"), "pers"),
            new GoldEntity(SpanOf(text, "M. Aubertin"), "pers"), new GoldEntity(SpanOf(text, "Lonval"), "loc")], Convention: NerConventions.Hipe);
        string[] Parts(IReadOnlyList<GoldEntity>? labels) => [.. labels!.Select(e => e.Span.Of(text))];

        Assert.Equal(["Dufresnoy", "M. Aubertin", "Lonval"], Parts(TitleLabelling.Labels(doc, null, TitleLabels.Outside)));
        Assert.Equal(["Dufresnoy", "Aubertin", "Lonval"],
            Parts(TitleLabelling.Labels(doc, HonorificLabelling.Labels(doc, HonorificLabels.Outside), TitleLabels.Outside)));
        Assert.Null(TitleLabelling.Labels(doc, null, TitleLabels.ByConvention));
        Assert.Null(TitleLabelling.Labels(doc, null, TitleLabels.AsAnnotated));
        Assert.Equal("général Dufresnoy", doc.Entities[0].Span.Of(text));
    }

    private static (string Text, Word[] Words, List<Candidate> Candidates) Persons(string text, params string[] names)
    {
        var words = WordScanner.Scan(text, new SentenceSplitter().Split(text, "fr"));
        var candidates = names.Select(n =>
        {
            var span = SpanOf(text, n);
            int first = Array.FindIndex(words, w => w.Start == span.Start), last = Array.FindLastIndex(words, w => w.Start < span.End);
            return new Candidate(first, last, EntityType.Person, span.Start, span.End, n);
        }).ToList();
        return (text, words, candidates);
    }

    [Fact]
    public void Decoding_cuts_a_title_off_a_person_where_the_convention_leaves_it_out()
    {
        var (text, words, candidates) = Persons("Hier le général Dufresnoy et le maire vinrent.", "général Dufresnoy");
        StatisticalEntityRecognizer.CutTitles(text, words, candidates);
        Assert.Equal("Dufresnoy", text[candidates[0].Start..candidates[0].End]);
        Assert.Equal("Dufresnoy", candidates[0].Name);
    }

    [Fact]
    public void Decoding_puts_a_title_back_where_the_convention_keeps_it()
    {
        var (text, words, candidates) = Persons("Hier le général Dufresnoy et Aubertin vinrent.", "Dufresnoy", "Aubertin");
        StatisticalEntityRecognizer.AddTitles(text, words, candidates);
        Assert.Equal("général Dufresnoy", text[candidates[0].Start..candidates[0].End]);
        Assert.Equal("Aubertin", text[candidates[1].Start..candidates[1].End]);
    }

    [Fact]
    public void Le_temps_weights_of_its_own_come_after_the_other_conventions_and_only_when_asked()
    {
        Assert.DoesNotContain(NerConventions.LeTemps, NerCorpora.ConventionsFor("fr"));
        Assert.Equal(NerConventions.LeTemps, NerCorpora.ConventionsFor("fr", leTemps: true)[^1]);
        Assert.Equal(NerCorpora.ConventionsFor("fr"), NerCorpora.ConventionsFor("fr", leTemps: true).SkipLast(1));
        Assert.Equal([NerConventions.Modern], NerCorpora.ConventionsFor("en", leTemps: true));
    }

    [Fact]
    public void The_shipped_french_model_tags_le_temps_as_hipe_reading_its_weights_and_keeping_the_honorific()
    {
        var model = NerModels.For("fr")!;
        Assert.DoesNotContain(NerConventions.LeTemps, model.Conventions);
        Assert.False(model.TitlesByConvention);
        const string text = "Hier soir, M. Dufresnoy a reçu la délégation à la mairie de Lonval.";
        var context = new AnnotationContext(text, "fr", new SentenceSplitter().Split(text, "fr"), null);
        var recognizer = new StatisticalEntityRecognizer();
        string[] Mentions(string convention) => [.. recognizer.Recognize(context, convention).Select(m => $"{m.Type}:{m.Span.Of(text)}")];

        Assert.Equal(Mentions(NerConventions.Hipe), Mentions(NerConventions.LeTemps));
        Assert.Contains("Person:M. Dufresnoy", Mentions(NerConventions.LeTemps));
    }
}
