using System.Collections.Immutable;
using Recoupe.Briefs.Conflicts;
using Recoupe.Model;

namespace Recoupe.Tests.Briefs;

/// <summary>
/// <see cref="ConflictMerger"/> gathers the conflicts found through many pairs of sentences once per key; it must give what folding
/// <see cref="ScoredConflict.Merge"/> pair after pair gave (the detectors' way before): the same conflicts in the same order, with
/// the same claims, sources, sentences, dates and confidence. Checked on made-up conflicts whose keys, values and sources repeat.
/// </summary>
public class ConflictMergerTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Gathering_once_per_key_gives_the_pairwise_fold(int seed)
    {
        var random = new Random(seed);
        var conflicts = Enumerable.Range(0, 400).Select(_ => Made(random)).ToList();
        var folded = new Dictionary<string, ScoredConflict>(StringComparer.Ordinal);
        foreach (var c in conflicts) folded[c.Key] = folded.TryGetValue(c.Key, out var existing) ? existing.Merge(c) : c;
        var merger = new ConflictMerger();
        foreach (var c in conflicts) merger.Add(c);
        var expected = folded.Values.ToList();
        var actual = merger.Result();
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++) Assert.Equal(Describe(expected[i]), Describe(actual[i]));
    }

    private static ScoredConflict Made(Random random)
    {
        string kind = random.Next(3) == 0 ? ScoredConflict.Update : "value";
        string about = "about " + random.Next(6);
        var claims = Enumerable.Range(0, 2).Select(_ =>
        {
            string value = "v" + random.Next(4);
            var sources = Enumerable.Range(0, random.Next(1, 3)).Select(_ => new SourceSpan(random.Next(1, 6), random.Next(3) * 10, 50)).ToImmutableArray();
            string? date = random.Next(4) == 0 ? null : $"2031-0{random.Next(1, 4)}-1{random.Next(0, 9)}";
            return new KeyedClaim(value, new Claim(value, sources) { Date = date }, [random.Next(0, 8), random.Next(0, 8)]);
        }).DistinctBy(c => c.Key).ToImmutableArray();
        string key = kind + "|" + about + (kind == ScoredConflict.Update ? "" : "|" + string.Join("|", claims.Select(c => c.Key).Order(StringComparer.Ordinal)));
        return new ScoredConflict(key, about, kind, Math.Round(random.NextDouble(), 3), claims) { Differs = "figure" };
    }

    private static string Describe(ScoredConflict c) =>
        $"{c.Key} {c.About} {c.Kind} {c.Differs} {c.Confidence} [" + string.Join("; ", c.Claims.Select(k =>
            $"{k.Key}={k.Claim.Value} {k.Claim.Date} ({string.Join(",", k.Claim.Sources)}) [{string.Join(",", k.Units)}]")) + "]";
}
