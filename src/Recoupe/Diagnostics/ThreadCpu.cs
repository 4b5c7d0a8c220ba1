using System.Runtime.InteropServices;

namespace Recoupe.Diagnostics;

/// <summary>
/// CPU time of the calling thread (Linux: clock_gettime(CLOCK_THREAD_CPUTIME_ID), a vDSO call). A shared machine swings
/// wall-clock figures with the load, and the process's CPU time also counts the GC's and the JIT's background threads;
/// a thread's own CPU seconds do neither (waiting for a core costs wall time, not CPU time). Used by the ingest profile
/// and the benches.
/// </summary>
public static class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    // DllImport, not LibraryImport: no unsafe code, and a blittable out struct needs no marshalling.
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>Whether the thread clock is available; where it is not, <see cref="Now"/> is zero.</summary>
    public static bool IsSupported { get; } = OperatingSystem.IsLinux() && Probe();

    /// <summary>CPU time this thread has used so far (zero where unsupported).</summary>
    public static TimeSpan Now()
    {
        if (!IsSupported || ClockGetTime(ClockThreadCpuTimeId, out var t) != 0) return TimeSpan.Zero;
        return TimeSpan.FromTicks(t.Seconds * TimeSpan.TicksPerSecond + t.Nanoseconds / 100);
    }

    /// <summary>This thread's CPU time in ticks where supported; elsewhere wall-clock ticks (a profile then shares wall time).</summary>
    public static long TicksOrWall() =>
        IsSupported && ClockGetTime(ClockThreadCpuTimeId, out var t) == 0
            ? t.Seconds * TimeSpan.TicksPerSecond + t.Nanoseconds / 100
            : System.Diagnostics.Stopwatch.GetTimestamp() * TimeSpan.TicksPerSecond / System.Diagnostics.Stopwatch.Frequency;

    /// <summary>Seconds of CPU this thread has used so far; the process's CPU time where the thread clock is unsupported.</summary>
    public static double Seconds() =>
        IsSupported ? Now().TotalSeconds : System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    private static bool Probe()
    {
        try { return ClockGetTime(ClockThreadCpuTimeId, out _) == 0; }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { return false; }
    }
}
