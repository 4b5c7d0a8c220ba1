using System.Runtime.InteropServices;

namespace Recoupe.Bench;

/// <summary>
/// CPU time of the calling thread (Linux: clock_gettime(CLOCK_THREAD_CPUTIME_ID)). The bench machine is shared, so
/// wall-clock figures swing with the load, and the process's CPU time also counts the GC's and the JIT's background
/// threads; the measuring thread's own CPU seconds do neither (waiting for a core costs wall time, not CPU time).
/// </summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    // DllImport, not LibraryImport: the bench project does not allow unsafe code, and a blittable out struct needs no marshalling.
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

    /// <summary>Seconds of CPU this thread has used so far; the process's CPU time where the thread clock is unsupported.</summary>
    public static double Seconds() =>
        IsSupported ? Now().TotalSeconds : System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    private static bool Probe()
    {
        try { return ClockGetTime(ClockThreadCpuTimeId, out _) == 0; }
        catch (DllNotFoundException) { return false; }
        catch (EntryPointNotFoundException) { return false; }
    }
}
