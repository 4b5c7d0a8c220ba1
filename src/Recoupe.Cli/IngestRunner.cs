using Recoupe.Ingest;
using Recoupe.Pipeline;
using Recoupe.Storage;
using Spectre.Console;

namespace Recoupe.Cli;

/// <summary>Ingests the named paths into a store, with a progress bar on a terminal and one line per rejected input.</summary>
public static class IngestRunner
{
    /// <summary>Below this many files a progress bar is noise: the ingest is over in a second or two.</summary>
    private const int ProgressThreshold = 40;

    /// <param name="reingest">Inputs already stored are analysed again and their articles rewritten (`recoupe reingest`).</param>
    public static IngestReport Run(IStore store, IReadOnlyList<string> paths, bool allowPrivate, CancellationToken cancel, bool reingest = false)
    {
        var engine = new RecoupeEngine(RecoupePipeline.Default, store, CliClock.FromEnvironment());
        Func<IEnumerable<InputItem>, Action<IngestOutcome>, CancellationToken, IngestReport> ingest =
            reingest ? (items, each, c) => engine.ReingestAll(items, each, c) : (items, each, c) => engine.IngestAll(items, each, c);
        using var web = new WebFetcher(new AddressPolicy(allowPrivate));
        var urls = paths.Where(WebFetcher.IsUrl).ToList();
        var files = InputCollector.ExpandFiles(paths.Where(p => !WebFetcher.IsUrl(p))).ToList();
        foreach (var (_, missing) in files)
            if (missing is not null) Output.Rejected(missing.Input, missing.Reason);
        var existing = files.Where(f => f.File is not null).Select(f => f.File!).ToList();
        var missingOutcomes = files.Where(f => f.Missing is not null).Select(f => IngestOutcome.Rejected(f.Missing!.Input, f.Missing.Reason)).ToList();


        IngestReport report;
        if (Output.ErrIsTerminal && existing.Count >= ProgressThreshold)
        {
            report = null!;
            Output.Err.Progress().AutoClear(true).Columns(
                    new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("ingesting", maxValue: existing.Count);
                    var items = existing.SelectMany(f =>
                    {
                        var list = InputCollector.ReadFile(f);
                        task.Increment(1);
                        return list;
                    }).Concat(urls.SelectMany(web.Read));
                    report = ingest(items, ReportRejection, cancel);
                });
        }
        else
        {
            report = ingest(existing.SelectMany(InputCollector.ReadFile).Concat(urls.SelectMany(web.Read)), ReportRejection, cancel);
        }
        foreach (var problem in report.Problems) Output.Note($"recoupe: {problem}");
        return report with { Outcomes = [.. missingOutcomes, .. report.Outcomes] };
    }

    /// <summary>One line on standard error per rejected input, as it happens.</summary>
    public static void ReportRejection(IngestOutcome o)
    {
        if (o.Status == IngestStatus.Rejected) Output.Rejected(o.Input, o.Reason ?? "rejected");
    }

    public static string Summary(IngestReport r, StoreCounts counts) =>
        $"added {r.Added}, {(r.Updated > 0 ? $"updated {r.Updated}, " : "")}unchanged {r.Unchanged}, rejected {r.Rejected}; stories touched {r.TouchedStories.Count}; store: {counts.Articles} articles, {counts.Stories} stories";
}
