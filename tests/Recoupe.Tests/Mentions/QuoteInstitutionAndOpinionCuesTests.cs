using Recoupe.Mentions;
using Recoupe.Mentions.Quotes;
using Recoupe.Mentions.Quotes.Attribution;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Mentions;

/// <summary>
/// Issue 13, session 11: a bare body description taking up the fuller name written before it, and the opinion cues
/// "Pour X, «…»" and "X, qui a déclaré «…»". Invented French articles; the helpers are called directly (their switches
/// only decide whether the ranker computes them).
/// </summary>
public class QuoteInstitutionAndOpinionCuesTests
{
    private static QuoteDocument Doc(string text, string language = "fr")
    {
        var pipeline = RecoupePipeline.Default;
        var context = new AnnotationContext(text, language, pipeline.SentenceSplitter.Split(text, language), null);
        return new QuoteDocument(context, pipeline.EntityRecognizer.Recognize(context));
    }

    private static (QuoteFrame Frame, List<SourceCandidate> Candidates) Quote(QuoteDocument doc, string content)
    {
        foreach (var (q, c) in doc.OuterPassages())
            if (c.Of(doc.Text).StartsWith(content, StringComparison.Ordinal))
            {
                var frame = QuoteFrame.Of(doc, q, c);
                return (frame, [.. CandidateFinder.Find(doc, frame)]);
            }
        throw new InvalidOperationException("no such quotation: " + content);
    }

    private const string Committee =
        "Les sénateurs de la commission des finances du Sénat ont examiné mardi le budget de la région.\n\n" +
        "La commission juge « un report de trois mois » nécessaire avant tout vote.\n";

    [Fact]
    public void A_bare_body_description_takes_up_the_fuller_name_written_before()
    {
        var doc = Doc(Committee);
        var (_, candidates) = Quote(doc, "un report");
        var bare = Assert.Single(candidates, c => c.Kind == SourceKind.Description && c.Span.Of(doc.Text) == "La commission");
        var name = InstitutionNames.EarlierFullName(doc, bare, "commission");
        Assert.NotNull(name);
        Assert.Equal("commission des finances du Sénat", name.Value.Of(doc.Text));
        Assert.True(InstitutionNames.NamesSomething(doc, name.Value));
        Assert.Equal("commission des finances du Sénat", ChainResolver.InstitutionName(doc, bare with { Reading = ReadingKind.Institution, NameSpan = name }));
    }

    [Fact]
    public void A_description_with_its_own_complement_or_nothing_before_takes_up_no_name()
    {
        var doc = Doc("La commission de contrôle a publié lundi son avis.\n\nLa commission de contrôle juge « le projet fragile » et demande des garanties.\n");
        var (_, candidates) = Quote(doc, "le projet");
        // The description in the quotation's own sentence (the first paragraph's is a candidate too).
        var own = candidates.Last(c => c.Kind == SourceKind.Description && c.Span.Of(doc.Text).StartsWith("La commission", StringComparison.Ordinal));
        Assert.True(own.Span.Start > doc.Text.IndexOf('\n'));
        Assert.Null(InstitutionNames.EarlierFullName(doc, own, "commission"));
        Assert.False(InstitutionNames.NamesSomething(doc, own.Span));
    }

    [Fact]
    public void An_opening_pour_marks_the_words_after_it_and_not_a_later_name()
    {
        var doc = Doc("Les syndicats ont rencontré le préfet jeudi.\n\nPour Marc Delorme, délégué régional, « la réforme arrive beaucoup trop tard ».\n\n" +
            "Pour la première fois, Julie Caradec a répondu « nous verrons bien » aux questions.\n");
        var (f1, c1) = Quote(doc, "la réforme");
        var delorme = Assert.Single(c1, c => c.Kind == SourceKind.Person && c.Span.Of(doc.Text).Contains("Delorme"));
        Assert.True(OpinionCues.AfterOpeningPour(doc, f1, delorme, c1));
        var (f2, c2) = Quote(doc, "nous verrons");
        var caradec = Assert.Single(c2, c => c.Kind == SourceKind.Person && c.Span.Of(doc.Text).Contains("Caradec"));
        Assert.False(OpinionCues.AfterOpeningPour(doc, f2, caradec, c2));
    }

    [Fact]
    public void A_subject_relative_links_the_name_to_the_speech_verb()
    {
        var doc = Doc("Le texte a été critiqué par la députée Anne Perrin, qui a déclaré « ce n'est pas acceptable » lors du débat.\n\n" +
            "Le texte a été défendu par Paul Verdier et a déclaré « tout va bien » selon ses proches.\n");
        var (f1, c1) = Quote(doc, "ce n'est pas");
        var perrin = Assert.Single(c1, c => c.Kind == SourceKind.Person && c.Span.Of(doc.Text).Contains("Perrin"));
        Assert.True(OpinionCues.RelativeSubjectOfCue(doc, perrin, f1.CueBefore));
        var (f2, c2) = Quote(doc, "tout va bien");
        var verdier = Assert.Single(c2, c => c.Kind == SourceKind.Person && c.Span.Of(doc.Text).Contains("Verdier"));
        Assert.False(OpinionCues.RelativeSubjectOfCue(doc, verdier, f2.CueBefore));
    }

    [Fact]
    public void The_complement_of_a_speech_noun_or_of_the_quotation_is_its_author()
    {
        var doc = Doc("Le maire a répondu aux propos de Claire Fontanel, qui jugeait « le chantier mal engagé » lundi.\n\n" +
            "Les élus ont salué l'appel au « calme absolu » de Bruno Lestrade devant la mairie.\n\n" +
            "La visite de Sylvie Marchal a surpris, « une vraie surprise » selon les habitants.\n");
        var (f1, c1) = Quote(doc, "le chantier");
        Assert.True(OpinionCues.AuthorOfSpeechNoun(doc, f1, Assert.Single(c1, c => c.Kind == SourceKind.Person && c.Span.Of(doc.Text).Contains("Fontanel"))));
        var (f2, c2) = Quote(doc, "calme absolu");
        Assert.True(OpinionCues.AuthorOfSpeechNoun(doc, f2, Assert.Single(c2, c => c.Kind == SourceKind.Person && c.Span.Of(doc.Text).Contains("Lestrade"))));
        var (f3, c3) = Quote(doc, "une vraie");
        Assert.False(OpinionCues.AuthorOfSpeechNoun(doc, f3, Assert.Single(c3, c => c.Kind == SourceKind.Person && c.Span.Of(doc.Text).Contains("Marchal"))));
    }
}
