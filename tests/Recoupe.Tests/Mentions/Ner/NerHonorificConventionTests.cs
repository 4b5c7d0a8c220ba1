using System.Collections.Immutable;
using Recoupe.Evaluation.Ner;
using Recoupe.Language;
using Recoupe.Mentions;
using Recoupe.Mentions.Ner;
using Recoupe.Mentions.Ner.Training;
using Recoupe.Model;

namespace Recoupe.Tests.Mentions.Ner;

/// <summary>
/// Honorifics against person spans: where the corpora put them (the survey), the one notion training can teach, and
/// decoding by convention (HIPE and NewsEye keep "M." inside the person, the others leave it out). Invented text only.
/// </summary>
public class NerHonorificConventionTests
{
    private static TextSpan SpanOf(string text, string part) => new(text.IndexOf(part, StringComparison.Ordinal), text.IndexOf(part, StringComparison.Ordinal) + part.Length);

    [Theory]
    [InlineData("M. Dufresnoy", 3)]
    [InlineData("Mme Aubertin-Vallée", 4)]
    [InlineData("MM. Roux et Lamy", 4)]
    [InlineData("Dufresnoy", 0)]
    [InlineData("Mme", 0)]
    [InlineData("Marcel Dufresnoy", 0)]
    public void The_honorific_opening_a_span_is_measured_with_its_full_stop_and_space(string span, int length) =>
        Assert.Equal(length, HonorificSpans.LeadingLength(span, new TextSpan(0, span.Length)));

    [Theory]
    [InlineData("chez M. Dufresnoy hier", "Dufresnoy", "M. Dufresnoy")]
    [InlineData("avec Mme Aubertin", "Aubertin", "Mme Aubertin")]
    [InlineData("il me Dufresnoy", "Dufresnoy", "Dufresnoy")] // the pronoun, in lower case, is no honorific
    [InlineData("le FILM Dufresnoy", "Dufresnoy", "Dufresnoy")]
    public void The_honorific_right_before_a_span_is_found(string text, string name, string widened)
    {
        var span = SpanOf(text, name);
        Assert.Equal(widened, text[HonorificSpans.Before(text, span.Start)..span.End]);
    }

    private static NerDocument Doc(string text, string convention, params (string Part, string Type)[] entities) =>
        new("d", text, [.. entities.Select(e => new GoldEntity(SpanOf(text, e.Part), e.Type))], Convention: convention);

    [Fact]
    public void Training_labels_follow_one_notion_of_the_person_span_and_the_gold_is_left_as_it_was()
    {
        var inside = Doc("Hier M. Dufresnoy vint à Lonval.", NerConventions.Hipe, ("M. Dufresnoy", "pers"), ("Lonval", "loc"));
        var outside = Doc("Hier M. Dufresnoy vint à Lonval.", NerConventions.Europeana, ("Dufresnoy", "pers"), ("Lonval", "loc"));
        string[] Parts(NerDocument d, IReadOnlyList<GoldEntity>? labels) => [.. labels!.Select(e => e.Span.Of(d.Text))];

        Assert.Equal(["Dufresnoy", "Lonval"], Parts(inside, HonorificLabelling.Labels(inside, HonorificLabels.Outside)));
        Assert.Equal(["Dufresnoy", "Lonval"], Parts(outside, HonorificLabelling.Labels(outside, HonorificLabels.Outside)));
        Assert.Equal(["M. Dufresnoy", "Lonval"], Parts(outside, HonorificLabelling.Labels(outside, HonorificLabels.Inside)));
        Assert.Equal(["M. Dufresnoy", "Lonval"], Parts(inside, HonorificLabelling.Labels(inside, HonorificLabels.Inside)));
        Assert.Null(HonorificLabelling.Labels(inside, HonorificLabels.ByConvention));
        Assert.Null(HonorificLabelling.Labels(inside, HonorificLabels.AsAnnotated));
        Assert.Equal("M. Dufresnoy", inside.Entities[0].Span.Of(inside.Text));
    }

    [Fact]
    public void The_survey_counts_honorifics_and_titles_inside_and_before_person_spans_per_corpus_and_convention()
    {
        var docs = new (NerDocument, string)[]
        {
            (Doc("Hier M. Dufresnoy et le général Aubrac parlèrent.", NerConventions.Hipe, ("M. Dufresnoy", "pers"), ("général Aubrac", "pers")), "a"),
            (Doc("Hier M. Dufresnoy et Mme Aubrac à Lonval.", NerConventions.Europeana, ("Dufresnoy", "pers"), ("Aubrac", "pers"), ("Lonval", "loc")), "b"),
            (Doc("Le général Aubrac parla.", NerConventions.Europeana, ("Aubrac", "pers")), "b"),
        };
        var rows = ConventionSurvey.Of(docs);
        Assert.Equal(["a/hipe", "b/europeana"], rows.Select(r => r.Group));
        Assert.Equal(new ConventionSurvey.Row("a/hipe", 1, 2, 1, 0, 1, 0), rows[0]);
        Assert.Equal(new ConventionSurvey.Row("b/europeana", 2, 3, 0, 2, 0, 1), rows[1]);
        Assert.Equal(1.0, rows[0].HonorificShare);
        Assert.Equal(0.0, rows[1].HonorificShare);
    }

    [Fact]
    public void The_shipped_french_model_keeps_the_honorific_under_hipe_and_newseye_and_leaves_it_out_elsewhere()
    {
        Assert.True(NerModels.For("fr")!.HonorificsByConvention);
        const string text = "Hier soir, M. Dufresnoy a reçu la délégation à la mairie de Lonval.";
        var context = new AnnotationContext(text, "fr", new SentenceSplitter().Split(text, "fr"), null);
        var recognizer = new StatisticalEntityRecognizer();
        string? Person(string convention) => recognizer.Recognize(context, convention).Where(m => m.Type == EntityType.Person).Select(m => m.Span.Of(text)).SingleOrDefault();

        Assert.Equal("Dufresnoy", Person(NerConventions.Modern));
        Assert.Equal("Dufresnoy", Person(NerConventions.Europeana));
        Assert.Equal("M. Dufresnoy", Person(NerConventions.Hipe));
        Assert.Equal("M. Dufresnoy", Person(NerConventions.NewsEye));
    }
}
