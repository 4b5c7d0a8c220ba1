if (args.Length > 0 && args[0] == "extraction") return Recoupe.Bench.Extraction.ExtractionBench.Run(args[1..]);
return 0;
