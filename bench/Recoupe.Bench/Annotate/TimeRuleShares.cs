using System.Globalization;
using Recoupe.Mentions;
using Recoupe.Mentions.Time;

namespace Recoupe.Bench.Annotate;

/// <summary>
/// `bench annotate --stage "times: rules"`: each time rule's share of the candidate search (its windows and regex runs),
/// so that a slow pattern shows by name. Each rule runs alone over every article; the trigger scan that every run
/// repeats is measured first and taken off. CPU time of this thread, best of five blocks per rule.
/// </summary>
internal static class TimeRuleShares
{
    public static void Report(AnnotationContext[] contexts, int rounds, Func<string, IReadOnlyList<TimeRule>> rulesOf)
    {
        var rules = contexts.Select(c => rulesOf(c.Language)).ToArray();
        int perBlock = Math.Max(1, rounds / 5);
        double Time(Action<int> work)
        {
            for (int i = 0; i < contexts.Length; i++) work(i); // warm
            double best = double.MaxValue;
            for (int b = 0; b < 5; b++)
            {
                double start = ThreadCpu.Seconds();
                for (int r = 0; r < perBlock; r++)
                    for (int i = 0; i < contexts.Length; i++) work(i);
                best = Math.Min(best, ThreadCpu.Seconds() - start);
            }
            return best * 1e6 / (perBlock * contexts.Length);
        }
        double scan = Time(i => TimeTriggers.Find(contexts[i].Text));
        var shares = new List<(string Name, double Micros, int Found)>();
        int count = rules.Max(r => r.Count);
        for (int k = 0; k < count; k++)
        {
            int rule = k;
            double micros = Time(i =>
            {
                if (rule < rules[i].Count) TimeTagger.FindCandidates(contexts[i].Text, [rules[i][rule]]);
                else TimeTriggers.Find(contexts[i].Text);
            }) - scan;
            int found = contexts.Select((c, i) => rule < rules[i].Count ? TimeTagger.FindCandidates(c.Text, [rules[i][rule]]).Count : 0).Sum();
            var sample = rules.First(r => rule < r.Count)[rule];
            shares.Add(($"#{rule} {sample.Kind} (lead {sample.Lead}, reach {sample.Reach})", micros, found));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  trigger scan {scan:0.0} µs an article (taken off each rule below)"));
        foreach (var (name, micros, found) in shares.OrderByDescending(s => s.Micros).Take(20))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-48} {micros,7:0.0} µs an article, {found} candidates over the inputs"));
    }
}
