using System.Text;
using Recoupe.Evaluation.Ner;
using Recoupe.Mentions.Lexicon;
using Recoupe.Model;

namespace Recoupe.Mentions.Ner.Training;

/// <summary>
/// How each corpus annotates what stands before a person's name, read from the gold spans of the TRAIN split only
/// (`recoupe train ner --language fr --survey`): an honorific ("M.", "Mme") or a title ("général", "président") inside the
/// person's span or right before it, outside. The corpora's guidelines differ (HIPE puts titles inside the mention); a
/// model trained on all of them together learns the mix unless the training labels follow one notion
/// (`--honorifics`, <see cref="HonorificLabelling"/>).
/// </summary>
public static class ConventionSurvey
{
    /// <param name="Group">Corpus and convention ("ner-fr-hipe2022/newseye"): HIPE-2022 holds two sub-corpora.</param>
    public sealed record Row(string Group, int Documents, int Persons, int HonorificInside, int HonorificBefore, int TitleInside, int TitleBefore)
    {
        /// <summary>Share of the honorifics next to a person that its span holds (NaN when there are none).</summary>
        public double HonorificShare => HonorificInside + HonorificBefore == 0 ? double.NaN : HonorificInside / (double)(HonorificInside + HonorificBefore);
        public double TitleShare => TitleInside + TitleBefore == 0 ? double.NaN : TitleInside / (double)(TitleInside + TitleBefore);
    }

    public static IReadOnlyList<Row> Run(string evalRoot, string language) =>
        Of(NerCorpora.Read(evalRoot, language).Where(r => r.Split == NerSplit.Train).Select(r => (r.Document, r.Corpus)));

    public static IReadOnlyList<Row> Of(IEnumerable<(NerDocument Document, string Corpus)> documents)
    {
        var counts = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (doc, corpus) in documents)
        {
            var key = $"{corpus}/{doc.Convention}";
            if (!counts.TryGetValue(key, out var c)) counts[key] = c = new int[6];
            c[0]++;
            foreach (var e in doc.Entities)
            {
                if (e.Type != "pers") continue;
                c[1]++;
                if (HonorificSpans.LeadingLength(doc.Text, e.Span) > 0) c[2]++;
                else if (HonorificSpans.Before(doc.Text, e.Span.Start) < e.Span.Start) c[3]++;
                else if (TitleAtStart(doc.Text, e.Span)) c[4]++;
                else if (TitleBefore(doc.Text, e.Span.Start)) c[5]++;
            }
        }
        return counts.Select(kv => new Row(kv.Key, kv.Value[0], kv.Value[1], kv.Value[2], kv.Value[3], kv.Value[4], kv.Value[5])).ToList();
    }

    public static string Format(IReadOnlyList<Row> rows)
    {
        var b = new StringBuilder("person spans of the train split: honorific (M., Mme…) and title (général, président…) inside the span or right before it\n");
        b.AppendLine("corpus/convention\tdocuments\tpersons\thonorific inside\tbefore\tshare inside\ttitle inside\tbefore\tshare inside");
        foreach (var r in rows)
            b.AppendLine($"{r.Group}\t{r.Documents}\t{r.Persons}\t{r.HonorificInside}\t{r.HonorificBefore}\t{Share(r.HonorificShare)}\t{r.TitleInside}\t{r.TitleBefore}\t{Share(r.TitleShare)}");
        return b.ToString();
    }

    private static string Share(double s) => double.IsNaN(s) ? "-" : s.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    // A lower- or upper-case title word opening a span with more words after it ("général Dufour").
    private static bool TitleAtStart(string text, TextSpan span)
    {
        int i = span.Start;
        while (i < span.End && (char.IsLetter(text[i]) || text[i] == '-')) i++;
        return i > span.Start && i < span.End && text[i] == ' ' && TitleWords.IsTitle(text.AsSpan(span.Start, i - span.Start));
    }

    private static bool TitleBefore(string text, int start)
    {
        int i = start;
        while (i > 0 && text[i - 1] == ' ') i--;
        int end = i;
        while (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] == '-')) i--;
        return end > i && end < start && TitleWords.IsTitle(text.AsSpan(i, end - i));
    }
}
