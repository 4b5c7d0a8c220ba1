// `dotnet run -c Release --project bench/Recoupe.Bench -- SUITE [options]`
if (args.Length > 0 && args[0] == "ingest") return Recoupe.Bench.Ingest.IngestBench.Run(args[1..]);
if (args.Length > 0 && args[0] == "stream") return Recoupe.Bench.Stream.StreamCommand.Run(args[1..]);
if (args.Length > 0 && args[0] == "pipeline") return Recoupe.Bench.Pipeline.PipelineBench.Run(args[1..]);
if (args.Length > 0 && args[0] == "annotate") return Recoupe.Bench.Annotate.AnnotateStagesBench.Run(args[1..]);
if (args.Length > 0 && args[0] == "briefs") return Recoupe.Bench.Briefs.BriefBench.Run(args[1..]);
if (args.Length > 1 && args[0] == "support" && args[1] == "explain") return Recoupe.Bench.Support.SupportExplain.Run(args[2..]);
if (args.Length > 1 && args[0] == "support" && args[1] == "select") return Recoupe.Bench.Support.SupportSelect.Run(args[2..]);
if (args.Length > 1 && args[0] == "support" && args[1] == "sweep") return Recoupe.Bench.Support.SupportSweep.Run(args[2..]);
if (args.Length > 0 && args[0] == "extraction") return Recoupe.Bench.Extraction.ExtractionBench.Run(args[1..]);
if (args.Length > 0 && args[0] == "web") return Recoupe.Bench.Web.WebBench.Run(args[1..]);
if (args.Length > 0 && args[0] == "faults") return Recoupe.Bench.Faults.FaultBench.Run(args[1..]);
Console.Error.WriteLine("usage: Recoupe.Bench ingest|stream|pipeline|annotate|extraction|faults|web|briefs|support sweep|support explain [options]");
return 2;
