using System.Globalization;

namespace Recoupe.Pipeline;

/// <summary>
/// CPU time used by one thread, readable from another thread (Linux: /proc/self/task/TID/schedstat, nanoseconds on a
/// CPU). The per-input budget counts what the input costs, not how long it waited for a core: on a loaded machine
/// (several writers on two cores) an input of 2 CPU-seconds can take 30 s of wall clock.
/// Where the clock is not available (other systems, a /proc without schedstat) it reads null and callers fall back to
/// wall-clock time.
/// </summary>
internal static class ThreadCpuClock
{
    /// <summary>The calling thread's id for <see cref="Read"/> (null where unsupported).</summary>
    public static int? CurrentThreadId()
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            // "/proc/thread-self" -> "PID/task/TID"
            var target = new DirectoryInfo("/proc/thread-self").LinkTarget;
            return target is not null && int.TryParse(Path.GetFileName(target), NumberStyles.None, CultureInfo.InvariantCulture, out var tid) && Read(tid) is not null
                ? tid : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    /// <summary>CPU time the thread has used so far; null when it cannot be read (the thread ended, no schedstat).</summary>
    public static TimeSpan? Read(int threadId)
    {
        try
        {
            var text = File.ReadAllText($"/proc/self/task/{threadId}/schedstat");
            int end = text.IndexOf(' ');
            return end > 0 && long.TryParse(text.AsSpan(0, end), NumberStyles.None, CultureInfo.InvariantCulture, out var ns)
                ? TimeSpan.FromTicks(ns / 100) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }
}
