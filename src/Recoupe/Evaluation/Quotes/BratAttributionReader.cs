using System.Text.RegularExpressions;
using Recoupe.Model;

namespace Recoupe.Evaluation.Quotes;

/// <summary>
/// Reads attribution relations in BRAT standoff as PolNeAR ships them: <c>text/NAME.txt</c> and
/// <c>attributions/NAME_ANNOTATOR.ann</c> with Source, Cue and Content spans tied by an event line
/// (<c>E1 Attribution:T5 Content:T4 Cue:T3 Source:T2</c>). An article annotated twice is read once (the first
/// annotator file by name). A content holding quote marks is a direct quotation. The texts are read as they are
/// (offsets are into the raw file), in English.
/// </summary>
public static partial class BratAttributionReader
{
    public static bool Handles(string path) => Directory.Exists(Path.Combine(path, "attributions")) && Directory.Exists(Path.Combine(path, "text"));

    public static IReadOnlyList<GoldQuoteDocument> Read(string path, TextWriter? notes = null)
    {
        var result = new List<GoldQuoteDocument>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ann in Directory.GetFiles(Path.Combine(path, "attributions"), "*.ann").Order(StringComparer.Ordinal))
        {
            var name = AnnotatorSuffix().Replace(Path.GetFileNameWithoutExtension(ann), "");
            if (!seen.Add(name)) continue;
            var textFile = Path.Combine(path, "text", name + ".txt");
            if (!File.Exists(textFile)) { notes?.WriteLine($"missing text\t{name}"); continue; }
            var text = File.ReadAllText(textFile);
            try { result.Add(new GoldQuoteDocument(name, GroupOf(name), text, "en", Relations(File.ReadAllLines(ann), text)) { AllAttributions = true }); }
            catch (FormatException e) { notes?.WriteLine($"unreadable\t{name}\t{e.Message}"); }
        }
        return result;
    }

    private static List<GoldQuotation> Relations(string[] lines, string text)
    {
        var spans = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        var events = new List<Dictionary<string, string>>();
        foreach (var line in lines)
        {
            var t = SpanLine().Match(line);
            if (t.Success)
            {
                var list = new List<TextSpan>();
                foreach (var part in t.Groups[2].Value.Split(';'))
                {
                    var se = part.Trim().Split(' ');
                    int s = int.Parse(se[0]), e = int.Parse(se[1]);
                    if (s < 0 || e < s || e > text.Length) throw new FormatException($"span {s}-{e} outside the text");
                    list.Add(new TextSpan(s, e));
                }
                spans[t.Groups[1].Value] = list;
                continue;
            }
            var ev = EventLine().Match(line);
            if (ev.Success)
                events.Add(ev.Groups[2].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(a => a.Split(':')).Where(a => a.Length == 2).GroupBy(a => a[0]).ToDictionary(g => g.Key, g => g.First()[1]));
        }
        var result = new List<GoldQuotation>();
        foreach (var e in events)
        {
            if (!e.TryGetValue("Content", out var c) || !spans.TryGetValue(c, out var content)) continue;
            bool direct = content.Any(s => HasQuoteMark(text, s));
            GoldSource source = e.TryGetValue("Source", out var src) && spans.TryGetValue(src, out var ss)
                ? new GoldSource([], new TextSpan(ss[0].Start, ss[^1].End), text[ss[0].Start..ss[^1].End])
                : new GoldSource([], null, null);
            result.Add(new GoldQuotation(content, direct, source));
        }
        return result;
    }

    private static bool HasQuoteMark(string text, TextSpan s)
    {
        for (int i = s.Start; i < s.End; i++)
            if (text[i] is '"' or '“' or '”' or '«' or '»') return true;
        return false;
    }

    // PolNeAR file names start with the publisher and the date: folds by month keep one month's stories together.
    private static string GroupOf(string name)
    {
        var m = DateInName().Match(name);
        return m.Success ? m.Groups[1].Value : name;
    }

    [GeneratedRegex(@"_[0-9a-f]{4}$")]
    private static partial Regex AnnotatorSuffix();
    [GeneratedRegex(@"^(T\d+)\t\S+ ([\d ;]+)\t")]
    private static partial Regex SpanLine();
    [GeneratedRegex(@"^(E\d+)\t(.*)$")]
    private static partial Regex EventLine();
    [GeneratedRegex(@"_(\d{4}-\d{2})-\d{2}_")]
    private static partial Regex DateInName();
}
