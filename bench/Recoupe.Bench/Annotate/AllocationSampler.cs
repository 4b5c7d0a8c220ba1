using System.Diagnostics.Tracing;
using System.Globalization;

namespace Recoupe.Bench.Annotate;

/// <summary>
/// `bench annotate --alloc`: which types a stage allocates, from the runtime's allocation samples (an AllocationTick
/// event about every 100 KB, naming the type of the object that crossed the mark): the big allocators to cut first.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private readonly Dictionary<string, long> _bytes = new(StringComparer.Ordinal);
    private bool _on;

    /// <summary>Whether samples are counted now (to sample one step of a loop; events arrive late, so a step's neighbours leak in
    /// at its edges: repeat the step to outweigh them).</summary>
    public bool On { get => _on; set => _on = value; }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword: AllocationTick at Verbose
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_on || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
        int typeAt = e.PayloadNames!.IndexOf("TypeName"), amountAt = e.PayloadNames.IndexOf("AllocationAmount");
        if (typeAt < 0 || amountAt < 0) return;
        var type = e.Payload[typeAt] as string ?? "?";
        long amount = Convert.ToInt64(e.Payload[amountAt], CultureInfo.InvariantCulture);
        lock (_bytes) _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
    }

    /// <summary>Samples from now until <see cref="Print"/> (a whole case of another bench, e.g. `bench ingest --alloc`).</summary>
    public static AllocationSampler Start()
    {
        var sampler = new AllocationSampler();
        sampler._on = true;
        return sampler;
    }

    /// <summary>Stops sampling and prints the 25 types allocated most, as shares of the sampled bytes.</summary>
    public void Print(string what)
    {
        Thread.Sleep(1000); // events arrive late, on another thread (time windows, if any, say which count)
        _on = false;
        long total;
        KeyValuePair<string, long>[] top;
        lock (_bytes) { total = _bytes.Values.Sum(); top = [.. _bytes.OrderByDescending(kv => kv.Value).Take(25)]; }
        Console.WriteLine($"  allocation samples of {what} ({total / 1_000_000} MB sampled):");
        foreach (var (type, bytes) in top)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {100.0 * bytes / Math.Max(1, total),5:0.0}%  {type}"));
        Dispose();
    }

    public static void Report(string stage, int rounds, int count, Action<int> work)
    {
        using var sampler = new AllocationSampler();
        for (int i = 0; i < count; i++) work(i); // warm
        sampler._on = true;
        for (int r = 0; r < rounds; r++)
            for (int i = 0; i < count; i++) work(i);
        sampler._on = false;
        Thread.Sleep(500); // events arrive on another thread
        long total;
        KeyValuePair<string, long>[] top;
        lock (sampler._bytes) { total = sampler._bytes.Values.Sum(); top = [.. sampler._bytes.OrderByDescending(kv => kv.Value).Take(25)]; }
        Console.WriteLine($"  allocation samples of {stage}:");
        foreach (var (type, bytes) in top)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {100.0 * bytes / Math.Max(1, total),5:0.0}%  {type}"));
    }
}
