using System.Text.RegularExpressions;

namespace Recoupe.Evaluation.SeedsMentions;

/// <summary>
/// For each gold entity: where each variant occurs in the texts (whole words, case as written), which resolved
/// entity the overlapping mention belongs to, and whether all the entity's variants land in one resolved entity.
/// </summary>
internal static class VariantMerging
{
    public sealed record Result(Dictionary<string, double> Metrics, Dictionary<string, int> GoldToResolved);

    public static Result Score(SeedsGold gold, List<SeedArticle> articles, Dictionary<(long, string), int> entityOf, TextWriter? w)
    {
        int entities = 0, merged = 0, variants = 0, variantsMerged = 0, variantsRecognized = 0, descriptive = 0, descriptiveMerged = 0;
        var goldToResolved = new Dictionary<string, int>(StringComparer.Ordinal);
        var perGold = new List<(GoldEntityVariants Gold, int Resolved)>();
        foreach (var g in gold.Entities)
        {
            var found = new List<(string Variant, int Resolved, bool Descriptive)>();
            foreach (var v in g.Variants)
            {
                var ids = Occurrences(v, articles, entityOf).ToList();
                if (ids.Count == 0) continue; // this variant is not in the cleaned texts
                var majority = ids.GroupBy(x => x).OrderByDescending(x => x.Count()).ThenBy(x => x.Key).First().Key;
                found.Add((v, majority, GoldEntityVariants.IsDescriptive(v)));
            }
            var names = found.Where(f => !f.Descriptive).ToList();
            if (names.Count == 0) { w?.WriteLine($"entity\t{g.Canonical}\tno variant found in texts"); continue; }
            entities++;
            var target = names.Where(f => f.Resolved >= 0).GroupBy(f => f.Resolved).OrderByDescending(x => x.Count()).Select(x => x.Key).FirstOrDefault(-1);
            goldToResolved[g.Canonical] = target;
            perGold.Add((g, target));
            bool all = target >= 0 && names.All(f => f.Resolved == target);
            if (all) merged++;
            variants += names.Count;
            variantsRecognized += names.Count(f => f.Resolved >= 0);
            variantsMerged += names.Count(f => f.Resolved == target && target >= 0);
            foreach (var d in found.Where(f => f.Descriptive)) { descriptive++; if (d.Resolved == target && target >= 0) descriptiveMerged++; }
            w?.WriteLine($"entity\t{g.Canonical}\t{(all ? "merged" : "SPLIT")}\t{string.Join(" | ", found.Select(f => $"{f.Variant}->{f.Resolved}"))}");
        }
        // Two gold entities in one resolved entity: over-merging.
        int conflated = perGold.Where(p => p.Resolved >= 0).GroupBy(p => p.Resolved).Where(x => x.Count() > 1).Sum(x => x.Count());
        var metrics = new Dictionary<string, double>
        {
            ["entities"] = entities,
            ["entities.merged"] = merged,
            ["entities.merged.rate"] = entities == 0 ? 0 : (double)merged / entities,
            ["entities.conflated"] = conflated,
            ["variants"] = variants,
            ["variants.recognized"] = variantsRecognized,
            ["variants.merged"] = variantsMerged,
            ["descriptive.variants"] = descriptive,
            ["descriptive.merged"] = descriptiveMerged,
        };
        return new Result(metrics, goldToResolved);
    }

    /// <summary>
    /// For each occurrence of the variant: the resolved entity of the mention covering most of it (of two covering it
    /// alike, the tighter one: a place named inside an institution's name is that place), or -1.
    /// </summary>
    private static IEnumerable<int> Occurrences(string variant, List<SeedArticle> articles, Dictionary<(long, string), int> entityOf)
    {
        var pattern = new Regex(@"(?<![\p{L}\p{N}])" + Regex.Escape(variant) + @"(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        foreach (var a in articles)
        {
            foreach (Match m in pattern.Matches(a.Text))
            {
                int best = -1, bestOverlap = 0, bestLength = int.MaxValue;
                foreach (var e in a.Annotations.Entities)
                {
                    int overlap = Math.Min(e.Span.End, m.Index + m.Length) - Math.Max(e.Span.Start, m.Index);
                    bool better = overlap > bestOverlap || overlap == bestOverlap && overlap > 0 && e.Span.Length < bestLength;
                    if (better && entityOf.TryGetValue((a.Id, e.Key), out var id)) { bestOverlap = overlap; bestLength = e.Span.Length; best = id; }
                }
                yield return best;
            }
        }
    }
}
