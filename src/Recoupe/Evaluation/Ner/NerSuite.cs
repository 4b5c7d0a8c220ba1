using System.Collections.Immutable;
using System.Diagnostics;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Evaluation.Ner;

/// <summary>
/// Named-entity recognition against token-per-line gold data: CLEF HIPE-2020 TSV or Europeana BIO
/// (detected from the file). Entity-level strict and partial precision/recall/F1 for pers, loc and org, and
/// micro-averaged. Person -> pers, Place -> loc, Organization -> org; other gold types (prod, time) are ignored.
/// </summary>
public sealed class NerSuite : IEvalSuite
{
    private static readonly string[] Types = ["pers", "loc", "org"];

    public string Name => "ner";
    public string Description => "Entity recognition: strict/partial P/R/F1 for pers, loc, org (HIPE-2020 TSV or Europeana BIO)";
    public string DefaultDataFolder => "ner-fr-hipe2020";

    public EvalReport Run(string dataPath, RecoupePipeline pipeline, EvalOptions options)
    {
        var scorer = new EntityScorer();
        var notes = new List<string>();
        int documents = 0;
        var clock = Stopwatch.StartNew();
        foreach (var doc in ReadAll(dataPath))
        {
            if (options.Limit is { } limit && documents >= limit) break;
            documents++;
            var gold = doc.Entities.Where(e => Types.Contains(e.Type)).ToList();
            var annotations = pipeline.Annotate(doc.Text, "fr", null);
            var predicted = Outermost(annotations.Entities.Select(m => ToGold(m, doc)).Where(e => e.Type.Length > 0).ToList());
            scorer.Add(gold, predicted);
            if (options.Details is { } w)
            {
                foreach (var g in gold.Where(g => !predicted.Any(p => p.Type == g.Type && p.Span == g.Span)))
                    w.WriteLine($"{doc.Id}\tmissed\t{g.Type}\t{g.Span.Start}-{g.Span.End}\t{g.Span.Of(doc.Text)}\t{Around(doc.Text, g.Span)}");
                foreach (var p in predicted.Where(p => !gold.Any(g => p.Type == g.Type && p.Span == g.Span)))
                    w.WriteLine($"{doc.Id}\tspurious\t{p.Type}\t{p.Span.Start}-{p.Span.End}\t{p.Span.Of(doc.Text)}\t{Around(doc.Text, p.Span)}");
            }
        }
        var metrics = new Dictionary<string, double> { ["documents"] = documents, ["seconds"] = clock.Elapsed.TotalSeconds };
        foreach (var (label, types) in Types.Select(t => (t, new[] { t })).Append(("micro", Types)))
        {
            foreach (var strict in new[] { true, false })
            {
                var (p, r, f, g, n) = scorer.Score(types, strict);
                var prefix = $"{label}.{(strict ? "strict" : "partial")}";
                metrics[prefix + ".p"] = p; metrics[prefix + ".r"] = r; metrics[prefix + ".f1"] = f;
                if (strict) { metrics[label + ".gold"] = g; metrics[label + ".predicted"] = n; }
            }
        }
        notes.Add("Person->pers, Place->loc, Organization->org; Other is not scored. Gold types outside pers/loc/org are ignored.");
        notes.Add("HIPE: titles of newspapers and broadcasters are prod (media) there, not org: such predictions are mapped to prod, which is not scored.");
        return new EvalReport(Name, metrics, notes);
    }

    /// <summary>
    /// HIPE's coarse columns hold the outermost mentions only ("Kraft, médecin des écoles de Zurich" is one person; Zurich
    /// is a nested place, in another column): a prediction inside another one's (widened) span is left out.
    /// </summary>
    private static List<GoldEntity> Outermost(List<GoldEntity> predicted)
    {
        var kept = new List<GoldEntity>(predicted.Count);
        foreach (var p in predicted)
        {
            bool nested = false;
            foreach (var q in predicted)
                if (q.Span != p.Span && q.Span.Start <= p.Span.Start && p.Span.End <= q.Span.End) { nested = true; break; }
            if (!nested) kept.Add(p);
        }
        return kept;
    }

    // The words around a mention, for reading the details.
    private static string Around(string text, TextSpan span)
    {
        int from = Math.Max(0, span.Start - 40), to = Math.Min(text.Length, span.End + 25);
        return (text[from..span.Start] + "[" + span.Of(text) + "]" + text[span.End..to]).ReplaceLineEndings(" ");
    }

    private static GoldEntity ToGold(EntityMention m, NerDocument doc) => new(doc.TitlesInside ? HipeSpan(m, doc.Text) : m.Span,
        doc.TitlesInside && MediaTitle.Is(doc.Text, m.Span) ? "prod" : m.Type switch
        {
            EntityType.Person => "pers",
            EntityType.Place => "loc",
            EntityType.Organization => "org",
            _ => "",
        });

    /// <summary>
    /// HIPE's guidelines put a person's title and apposed function inside the mention ("M. Ador, conseiller fédéral"):
    /// a person's span is widened over its role when the role touches the name.
    /// </summary>
    private static TextSpan HipeSpan(EntityMention m, string text)
    {
        if (m.Type == EntityType.Place) return new TextSpan(PlaceHeadBefore(text, m.Span.Start), m.Span.End);
        if (m.Type == EntityType.Organization) return new TextSpan(OrganizationHeadBefore(text, m.Span.Start), m.Span.End);
        if (m.Type != EntityType.Person) return m.Span;
        var span = WithRole(m, text);
        return new TextSpan(HonorificBefore(text, span.Start), span.End);
    }

    /// <summary>
    /// HIPE also puts a place's lower-case head inside the mention ("canton de Vaud", "île de Madère", "mer Noire",
    /// "quai d'Orsay"): the span is widened over "head [de|d'|du|des|de la|de l']" right before it.
    /// </summary>
    private static int PlaceHeadBefore(string text, int start)
    {
        int i = start;
        string[] links = ["de la ", "de l'", "de l’", "d'", "d’", "de ", "du ", "des ", ""];
        foreach (var link in links)
        {
            if (i < link.Length || !text.AsSpan(i - link.Length, link.Length).SequenceEqual(link)) continue;
            int end = i - link.Length;
            int j = end;
            if (j == 0 || text[j - 1] != ' ') continue;
            j--;
            int wordEnd = j;
            while (j > 0 && char.IsLower(text[j - 1])) j--;
            if (wordEnd - j >= 2 && (j == 0 || !char.IsLetter(text[j - 1])) && Mentions.Lexicon.OrganizationCues.PlaceCueHeads.Contains(text[j..wordEnd])) return j;
        }
        return start;
    }

    // "agence Reuter", "comité Nobel", "équipe Kelme": HIPE keeps the lower-case institution word right before the name;
    // not a noun that is no institution in lower case ("dollars par action Toymakers").
    private static int OrganizationHeadBefore(string text, int start)
    {
        int j = start;
        if (j == 0 || text[j - 1] != ' ') return start;
        j--;
        int wordEnd = j;
        while (j > 0 && char.IsLower(text[j - 1])) j--;
        return wordEnd - j >= 3 && (j == 0 || !char.IsLetter(text[j - 1])) && Mentions.Lexicon.OrganizationCues.IsLowerCaseHead(text[j..wordEnd]) ? j : start;
    }

    // "M. X", "MM. X", "Mme X" right before the span.
    private static int HonorificBefore(string text, int start)
    {
        int i = start;
        while (i > 0 && text[i - 1] == ' ') i--;
        if (i > 0 && text[i - 1] == '.') i--;
        int wordEnd = i;
        while (i > 0 && char.IsLetter(text[i - 1])) i--;
        var word = text.AsSpan(i, wordEnd - i);
        return word.Length is > 0 and <= 4 && Mentions.Lexicon.TitleWords.IsHonorific(word.ToString().ToLowerInvariant()) ? i : start;
    }

    private static TextSpan WithRole(EntityMention m, string text)
    {
        if (m.RoleSpan is not { } role) return m.Span;
        int gapStart = Math.Min(role.End, m.Span.End), gapEnd = Math.Max(role.Start, m.Span.Start);
        if (role.End <= m.Span.Start) (gapStart, gapEnd) = (role.End, m.Span.Start);
        else if (role.Start >= m.Span.End) (gapStart, gapEnd) = (m.Span.End, role.Start);
        else return m.Span;
        for (int i = gapStart; i < gapEnd; i++)
            if (!char.IsWhiteSpace(text[i]) && text[i] is not (',' or '.')) return m.Span;
        return new TextSpan(Math.Min(role.Start, m.Span.Start), Math.Max(role.End, m.Span.End));
    }

    /// <summary>Every document under a file or folder: HIPE TSV files, else Europeana-style token/tag files.</summary>
    public static IEnumerable<NerDocument> ReadAll(string dataPath)
    {
        var files = File.Exists(dataPath) ? [dataPath]
            : Directory.Exists(dataPath) ? Directory.GetFiles(dataPath, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".bio", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToArray()
            : [];
        foreach (var file in files)
        {
            var docs = HipeReader.LooksLikeHipe(file) ? HipeReader.Read(file) : EuropeanaReader.Read(file);
            foreach (var d in docs) yield return d;
        }
    }
}
