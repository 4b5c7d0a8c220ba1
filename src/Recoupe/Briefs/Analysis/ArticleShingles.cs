namespace Recoupe.Briefs.Analysis;

/// <summary>
/// The distinct word 5-grams of an article's first sentences, sorted: what <see cref="SourceIndependence"/> counts when it looks for
/// two articles sharing a fair part of their wording. It depends on the article's words alone (and on how many of its sentences the
/// brief reads), so <see cref="ArticleSentences"/> keeps it with the article and a rebuild after one added article merges the
/// others' sets again instead of hashing every 5-gram of the story into a set per article.
/// </summary>
internal sealed class ArticleShingles
{
    private ArticleShingles(int sentences, long[] hashes)
    {
        Sentences = sentences;
        Hashes = hashes;
    }

    /// <summary>How many of the article's first sentences the set covers.</summary>
    public int Sentences { get; }
    /// <summary>The distinct 5-gram hashes of those sentences, ascending.</summary>
    public long[] Hashes { get; }

    public static ArticleShingles Of(IReadOnlyList<long[]> sentenceShingles, int sentences)
    {
        int total = 0;
        for (int s = 0; s < sentences; s++) total += sentenceShingles[s].Length;
        var all = new long[total];
        int at = 0;
        for (int s = 0; s < sentences; s++)
        {
            sentenceShingles[s].CopyTo(all, at);
            at += sentenceShingles[s].Length;
        }
        return new ArticleShingles(sentences, SortedDistinct(all));
    }

    /// <summary>Sorts in place and keeps each value once.</summary>
    public static long[] SortedDistinct(long[] values)
    {
        Array.Sort(values);
        int kept = 0;
        for (int i = 0; i < values.Length; i++)
            if (kept == 0 || values[i] != values[kept - 1]) values[kept++] = values[i];
        return kept == values.Length ? values : values[..kept];
    }
}
