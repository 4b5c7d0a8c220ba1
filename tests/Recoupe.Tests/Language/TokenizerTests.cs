using Recoupe.Language;

namespace Recoupe.Tests.Language;

public class TokenizerTests
{
    [Fact]
    public void Lower_forms_equal_the_invariant_lower_case_of_each_token()
    {
        const string text = "Le Maire d’Orléans a VU l'ÉTÉ à Zürich; ΑΘΗΝΑ 2024, «Jean-Noël» https://example.org/A/very/long/path/that/goes/on/and/on";
        var tokens = Tokenizer.Tokenize(text).ToList();
        Assert.NotEmpty(tokens);
        foreach (var t in tokens)
            Assert.Equal(text[t.Span.Start..t.Span.End].ToLowerInvariant(), t.Lower);
        Assert.Contains(tokens, t => t.Lower == "orléans");
        Assert.Contains(tokens, t => t.Lower == "αθηνα");
    }

    [Fact]
    public void A_repeated_word_shares_one_lower_case_string()
    {
        // Whatever case it is written in: the tokenizer allocates a form once, not once per occurrence.
        var tokens = Tokenizer.Tokenize("Quelquefois, quelquefois et QUELQUEFOIS; Éloïse, éloïse").ToList();
        Assert.Same(tokens[0].Lower, tokens[1].Lower);
        Assert.Same(tokens[0].Lower, tokens[3].Lower);
        Assert.Same(tokens[4].Lower, tokens[5].Lower);
        Assert.Equal("éloïse", tokens[4].Lower);
    }

    [Fact]
    public void One_text_is_tokenized_once_per_thread_and_the_array_matches_the_enumeration()
    {
        var text = string.Concat("La commission d’enquête ", "a rendu l'avis attendu.");
        var first = Tokenizer.TokenArray(text);
        Assert.Same(first, Tokenizer.TokenArray(text));
        Assert.Equal(Tokenizer.Tokenize(text).ToArray(), first);
        var other = Tokenizer.TokenArray(new string(text.AsSpan())); // equal text, another string: its own array
        Assert.NotSame(first, other);
        Assert.Equal(first, other);
    }
}
