using Recoupe.Mentions.Ner;

namespace Recoupe.Tests.Mentions.Ner;

/// <summary>
/// The token view's cache of lexicon flags by form hash: it answers only for the key it was given, keeps two forms that
/// share a set, and drops the older of three.
/// </summary>
public class LexiconFlagsCacheTests
{
    // Keys that differ only in their low bits fall in one set (the set is taken from the top bits).
    private const ulong A = 0xABCD_0000_0000_0001, B = 0xABCD_0000_0000_0002, C = 0xABCD_0000_0000_0003;

    [Fact]
    public void Answers_only_what_was_remembered_for_that_key()
    {
        var cache = new LexiconFlagsCache();
        Assert.False(cache.TryGet(A, out _));
        cache.Remember(A, LexiconFlags.GivenName | LexiconFlags.Title);
        Assert.True(cache.TryGet(A, out var flags));
        Assert.Equal(LexiconFlags.GivenName | LexiconFlags.Title, flags);
        Assert.False(cache.TryGet(B, out var other));
        Assert.Equal(LexiconFlags.None, other);
    }

    [Fact]
    public void Two_forms_of_one_set_are_both_kept_and_a_third_drops_the_older()
    {
        var cache = new LexiconFlagsCache();
        cache.Remember(A, LexiconFlags.City);
        cache.Remember(B, LexiconFlags.Country);
        Assert.True(cache.TryGet(A, out var a));
        Assert.Equal(LexiconFlags.City, a);
        Assert.True(cache.TryGet(B, out var b));
        Assert.Equal(LexiconFlags.Country, b);
        cache.Remember(C, LexiconFlags.None);
        Assert.True(cache.TryGet(C, out var c));
        Assert.Equal(LexiconFlags.None, c);
        Assert.True(cache.TryGet(B, out _));
        Assert.False(cache.TryGet(A, out _));
    }

    [Fact]
    public void Remembering_a_key_again_does_not_evict_its_neighbour()
    {
        var cache = new LexiconFlagsCache();
        cache.Remember(A, LexiconFlags.City);
        cache.Remember(B, LexiconFlags.Country);
        cache.Remember(B, LexiconFlags.Country);
        Assert.True(cache.TryGet(A, out _));
        Assert.True(cache.TryGet(B, out _));
    }
}
