namespace Recoupe.Bench.Stream;

public static class StreamBenchmark
{
    public static int Run(string data, Options options) => 0;
}
