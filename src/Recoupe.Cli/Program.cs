using Recoupe.Cli;
using Recoupe.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("recoupe");
    config.SetExceptionHandler((e, _) =>
    {
        Console.Error.WriteLine($"recoupe: {e.Message}");
        if (Environment.GetEnvironmentVariable("RECOUPE_TRACE") is not null) Console.Error.WriteLine(e); // the stack, for a bug report
        return e is CommandParseException or CommandRuntimeException ? ExitCodes.Usage : ExitCodes.Failed;
    });
    config.AddCommand<RunCommand>("run").WithDescription("Ingest files or folders, then print the briefs of the stories they touched.")
        .WithExample("run", "samples");
    config.AddCommand<IngestCommand>("ingest").WithDescription("Ingest files or folders (.txt, .html, .jsonl, RSS/Atom feeds) into the store.");
    config.AddCommand<ReingestCommand>("reingest").WithDescription("Run stored inputs through the current pipeline again (their articles rewritten in place).")
        .WithExample("reingest", "--all");
    config.AddCommand<WatchCommand>("watch").WithDescription("Keep ingesting what appears in folders, files and feed URLs.");
    config.AddCommand<StoriesCommand>("stories").WithDescription("List the stories, newest activity first.");
    config.AddCommand<StoryCommand>("story").WithDescription("Print the brief of one story.").WithExample("story", "1", "--format", "json");
    config.AddCommand<ExtractCommand>("extract").WithDescription("Clean inputs: main text, metadata, and what was removed and why.");
    config.AddCommand<AnnotateCommand>("annotate").WithDescription("Sentences, entities, quotations and time expressions, as offsets.");
    config.AddCommand<ServeCommand>("serve").WithDescription("Web pages and JSON API over the store (127.0.0.1:5080 by default).").WithExample("serve", "--urls", "http://127.0.0.1:5080");
    config.AddBranch("train", train =>
    {
        train.SetDescription("Retrain a shipped model on the gold data (models/README.md).");
        train.AddCommand<TrainQuotesCommand>("quotes").WithDescription("The quote speaker ranker and detector, French and English.");
        train.AddCommand<TrainSupportCommand>("support").WithDescription("The facts' pair classifier (support, partial, unrelated, contradicts).")
            .WithExample("train", "support");
        train.AddCommand<TrainSameOriginCommand>("same-origin").WithDescription("The facts' learned same-origin decision (independent-source counts).")
            .WithExample("train", "same-origin");
        train.AddCommand<TrainStoriesCommand>("stories").WithDescription("The story join/new model, settings chosen by cross-validation over RPM2 topics.")
            .WithExample("train", "stories");
        train.AddCommand<TrainNerCommand>("ner").WithDescription("The entity labeller of a language: --language fr|en.").WithExample("train", "ner", "--language", "fr");
        train.AddCommand<TrainClustersCommand>("clusters").WithDescription("The word clusters the entity labeller reads, from unlabelled text: --language fr|en.")
            .WithExample("train", "clusters", "--language", "fr");
    });
    config.AddCommand<EvalCommand>("eval").WithDescription("Quality figures of a stage on a gold data set.").WithExample("eval", "timex");
});
return app.Run(args);
