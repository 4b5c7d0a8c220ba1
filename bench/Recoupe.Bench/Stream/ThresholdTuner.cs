namespace Recoupe.Bench.Stream;

public static class ThresholdTuner
{
    public static int Run(string data, Options options) => 0;
}
