using Recoupe.Mentions.Names;

namespace Recoupe.Tests.Mentions;

/// <summary>
/// <see cref="EditDistance.WithinOne"/> answers what <see cref="EditDistance.Bounded"/>(a, b, 1) ≤ 1 answers (pair loops over
/// words call it instead of filling the table): on every pair of made-up words from a small alphabet, and on each word against
/// its single and double edits (a substitution, an insertion, a deletion, two neighbours swapped).
/// </summary>
public class EditDistanceWithinOneTests
{
    private static readonly char[] Letters = ['a', 'b', 'é', 'r'];

    private static IEnumerable<string> Words(int maxLength)
    {
        var level = new List<string> { "" };
        for (int n = 0; n <= maxLength; n++)
        {
            foreach (var w in level) yield return w;
            level = level.SelectMany(w => Letters.Select(c => w + c)).ToList();
        }
    }

    [Fact]
    public void Agrees_with_the_bounded_distance_on_every_pair_of_short_words()
    {
        var words = Words(4).ToList(); // 341 words: every pair, equal lengths and lengths one or more apart
        foreach (var a in words)
            foreach (var b in words)
                Assert.True(EditDistance.WithinOne(a, b) == EditDistance.Bounded(a, b, 1) <= 1, $"'{a}' / '{b}'");
    }

    [Fact]
    public void Agrees_on_long_words_and_their_edits()
    {
        var random = new Random(7);
        for (int round = 0; round < 3000; round++)
        {
            var a = new string(Enumerable.Range(0, random.Next(5, 70)).Select(_ => Letters[random.Next(Letters.Length)]).ToArray());
            var b = a.ToCharArray().ToList();
            for (int edits = random.Next(1, 3); edits > 0 && b.Count > 1; edits--)
            {
                int at = random.Next(b.Count - 1);
                switch (random.Next(4))
                {
                    case 0: b[at] = Letters[random.Next(Letters.Length)]; break;
                    case 1: b.Insert(at, Letters[random.Next(Letters.Length)]); break;
                    case 2: b.RemoveAt(at); break;
                    default: (b[at], b[at + 1]) = (b[at + 1], b[at]); break;
                }
            }
            var other = new string(b.ToArray());
            Assert.True(EditDistance.WithinOne(a, other) == EditDistance.Bounded(a, other, 1) <= 1, $"'{a}' / '{other}'");
        }
    }
}
