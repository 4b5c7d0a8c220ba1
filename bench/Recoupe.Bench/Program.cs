if (args.Length > 0 && args[0] == "stream") return Recoupe.Bench.Stream.StreamCommand.Run(args[1..]);
return 0;
