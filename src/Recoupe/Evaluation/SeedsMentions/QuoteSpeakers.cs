namespace Recoupe.Evaluation.SeedsMentions;

/// <summary>Gold quotations: found (an extracted quote contains the gold opening words) and attributed to the right entity.</summary>
internal static class QuoteSpeakers
{
    public static Dictionary<string, double> Score(SeedsGold gold, List<SeedArticle> articles, Dictionary<(long, string), int> entityOf,
        Dictionary<string, int> goldToResolved, TextWriter? w)
    {
        int found = 0, right = 0;
        foreach (var q in gold.Quotes)
        {
            var article = articles.FirstOrDefault(a => a.File == q.File);
            if (article is null) { w?.WriteLine($"quote\t{q.File}\tarticle missing"); continue; }
            var starts = Normalize(q.Starts);
            var match = article.Annotations.Quotes.FirstOrDefault(x => Normalize(x.Span.Of(article.Text)).Contains(starts, StringComparison.Ordinal));
            if (match is null) { w?.WriteLine($"quote\t{q.File}\tNOT FOUND\t{q.Starts}"); continue; }
            found++;
            bool ok = match.SpeakerKey is { } key && entityOf.TryGetValue((article.Id, key), out var id)
                      && goldToResolved.TryGetValue(q.Speaker, out var goldId) && goldId == id;
            ok |= match.Speaker is { } s && SameName.Person(s, q.Speaker);
            if (ok) right++;
            w?.WriteLine($"quote\t{q.File}\t{(ok ? "right" : "WRONG")}\t{q.Speaker}\tgot {match.Speaker ?? "(none)"}\t{q.Starts}");
        }
        return new Dictionary<string, double>
        {
            ["quotes.gold"] = gold.Quotes.Count,
            ["quotes.found"] = found,
            ["quotes.speaker.right"] = right,
            ["quotes.speaker.accuracy"] = gold.Quotes.Count == 0 ? 0 : (double)right / gold.Quotes.Count,
        };
    }

    private static string Normalize(string s) => s.Replace('’', '\'').Replace('\u00A0', ' ');
}
