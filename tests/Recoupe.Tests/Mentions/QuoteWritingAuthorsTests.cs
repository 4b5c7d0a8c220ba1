using Recoupe.Mentions;
using Recoupe.Mentions.Gazetteers;
using Recoupe.Mentions.Quotes;
using Recoupe.Mentions.Quotes.Attribution;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Mentions;

/// <summary>
/// Issue 13, session 14: who a writing speaks for (<see cref="QuoteFeatureSwitches.WritingAuthors"/>). Invented French and
/// English articles; the helper is called directly (tests must not flip shared switches).
/// </summary>
public class QuoteWritingAuthorsTests
{
    private static QuoteDocument Doc(string text, string language = "fr") => QuoteDocuments.Of(text, language);

    private static int Token(QuoteDocument doc, string word, int nth = 0) => QuoteDocuments.Token(doc, word, nth);

    private const string Audit =
        "La semaine dernière, un rapport confidentiel de l'Office régional des Transports du Morbihan a relevé une « gestion hasardeuse » des lignes de car.\n\n" +
        "« Les retards se sont accumulés depuis deux ans », poursuit le document, qui cite plusieurs dépôts.\n";

    [Fact]
    public void The_author_is_the_name_after_the_writings_modifier_and_link()
    {
        var doc = Doc(Audit);
        var author = WritingAuthors.Of(doc, Token(doc, "rapport"));
        Assert.NotNull(author);
        Assert.StartsWith("Office régional des Transports", author.Value.Name.Of(doc.Text));
        Assert.EndsWith("Morbihan", author.Value.Name.Of(doc.Text));
    }

    [Fact]
    public void A_later_writing_noun_speaks_for_the_last_author_named()
    {
        var doc = Doc(Audit);
        int document = Token(doc, "document");
        var later = new SourceCandidate(SourceKind.Description, new TextSpan(doc.Tokens[document - 1].Span.Start, doc.Tokens[document].Span.End),
            document - 1, document, null, Gender.Male, false);
        var author = WritingAuthors.Earlier(doc, later);
        Assert.NotNull(author);
        Assert.StartsWith("Office régional", author.Value.Name.Of(doc.Text));
    }

    [Fact]
    public void A_writing_with_no_named_complement_has_no_author()
    {
        var doc = Doc("Selon une note interne du service, « rien ne bougera » avant l'été.\n");
        Assert.Null(WritingAuthors.Of(doc, Token(doc, "note")));
    }

    [Fact]
    public void A_person_named_in_the_complement_is_the_author()
    {
        var doc = Doc("Une lettre de Mme Solène Marchetti, adressée au maire, évoque « une erreur grave ».\n");
        var author = WritingAuthors.Of(doc, Token(doc, "lettre"));
        Assert.NotNull(author);
        Assert.NotNull(author.Value.Entity);
        Assert.Equal(EntityType.Person, author.Value.Entity!.Type);
        Assert.Contains("Marchetti", author.Value.Entity.Span.Of(doc.Text));
    }

    [Fact]
    public void English_writings_name_their_author_after_from_or_by()
    {
        var doc = Doc("A memo from the Harbour Safety Board warned of \"serious gaps\" in the inspections.\n", "en");
        var author = WritingAuthors.Of(doc, Token(doc, "memo"));
        Assert.NotNull(author);
        Assert.Contains("Harbour Safety Board", author.Value.Name.Of(doc.Text));
    }

    [Fact]
    public void An_unrecognised_author_weighs_as_a_recognised_one()
    {
        var doc = Doc(Audit);
        int rapport = Token(doc, "rapport");
        var author = WritingAuthors.Of(doc, rapport)!.Value;
        var (q, content) = doc.OuterPassages().First();
        var frame = QuoteFrame.Of(doc, q, content);
        var words = new SourceCandidate(SourceKind.IndefiniteDescription, new TextSpan(doc.Tokens[rapport - 1].Span.Start, doc.Tokens[rapport + 1].Span.End),
            rapport - 1, rapport + 1, null, Gender.Male, false);
        var reading = words with { Reading = ReadingKind.Institution, NameSpan = author.Name, Authored = true };
        var x = new float[SpeakerFeatures.Count];
        SpeakerFeatures.Reading(doc, frame, reading, new AttributionState(), x);
        float Feature(string name) => x[SpeakerFeatures.Names.ToList().IndexOf(name)];
        Assert.Equal(1, Feature("res.antecedent"));
        Assert.Equal(1, Feature("res.antecedent_organization"));
        Assert.Equal(1, Feature("res.author_of_writing"));
        Assert.Equal(0, Feature("res.institution"));
    }
}
