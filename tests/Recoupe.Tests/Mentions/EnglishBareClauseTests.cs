using Recoupe.Pipeline;

namespace Recoupe.Tests.Mentions;

/// <summary>English reported speech without "that": taken only when a subject and a finite verb open the clause.</summary>
public class EnglishBareClauseTests
{
    [Theory]
    [InlineData("Union leader Sarah Mitchell said the offer was an insult to every driver.", "the offer was an insult to every driver", "Sarah Mitchell")]
    [InlineData("Governor Paul Nolan told reporters he would veto the bill.", "he would veto the bill", "Paul Nolan")]
    public void Bare_clause_is_an_indirect_quote(string text, string clause, string speaker)
    {
        var quotes = RecoupePipeline.Default.Annotate(text, "en", null).Quotes;
        var q = Assert.Single(quotes);
        Assert.Equal(clause, q.Span.Of(text));
        Assert.Equal(speaker, q.Speaker);
        Assert.True(q.Indirect);
    }

    [Theory]
    [InlineData("Tom Reed said the word twice before leaving.")]
    [InlineData("Anna Berg said on Friday she was tired.")]
    [InlineData("Anna Berg said, adding little, the plan was fine.")]
    public void Objects_and_adverbials_are_not_quotes(string text) =>
        Assert.Empty(RecoupePipeline.Default.Annotate(text, "en", null).Quotes);
}
