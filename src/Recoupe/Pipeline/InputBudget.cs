using System.Collections.Concurrent;

namespace Recoupe.Pipeline;

/// <summary>
/// A time budget per input: the analysis of one input runs on a worker thread, and the caller waits until that thread
/// has used <see cref="Budget"/> of CPU time (<see cref="ThreadCpuClock"/>; wall-clock time where it cannot be read), or
/// at most <see cref="WallLimit"/> of wall-clock time (a thread blocked, or starved on a machine far over its cores).
/// CPU time, not wall time, because the budget judges the input: with four writers on two shared cores an ordinary
/// input of 2 CPU-seconds took over 30 s of wall clock, and a wall-clock budget rejected it in one process only.
/// Every stage is meant to be linear, but scraped input is hostile and stages keep changing: a pathological input must
/// cost its own rejection, not stall the batch (or every write of the web server) behind it. .NET cannot stop a
/// thread, so an input over budget is left to finish on its own thread, which then ends; the caller has moved on.
/// Workers are pooled, so parallel callers each get one; a worker's stack is large (deep but bounded recursion in a
/// parser must not overflow it). Thread-safe.
/// </summary>
public sealed class InputBudget
{
    private const int StackBytes = 16 * 1024 * 1024;
    private readonly ConcurrentBag<Worker> _idle = [];

    public InputBudget(TimeSpan budget, TimeSpan? wallLimit = null)
    {
        Budget = budget;
        WallLimit = wallLimit ?? (budget == Timeout.InfiniteTimeSpan ? Timeout.InfiniteTimeSpan : budget * 10);
    }

    /// <summary>CPU time one input may use.</summary>
    public TimeSpan Budget { get; }

    /// <summary>Wall-clock time one input may take, whatever its CPU time.</summary>
    public TimeSpan WallLimit { get; }

    /// <summary>
    /// Runs <paramref name="work"/>; false when it did not finish within the budget (its result is then lost), with
    /// <paramref name="overrun"/> saying which limit it passed.
    /// </summary>
    public bool TryRun<T>(Func<T> work, out T? result, out string? overrun)
    {
        overrun = null;
        if (Budget == Timeout.InfiniteTimeSpan)
        {
            result = work();
            return true;
        }
        var worker = _idle.TryTake(out var w) ? w : new Worker();
        T? value = default;
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? error = null;
        if (!worker.Run(() =>
            {
                try { value = work(); }
                catch (Exception e) { error = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e); }
            }, Budget, WallLimit, out overrun))
        {
            result = default;
            return false; // the worker is abandoned: it ends after this job
        }
        _idle.Add(worker);
        error?.Throw();
        result = value;
        return true;
    }

    private sealed class Worker
    {
        private readonly SemaphoreSlim _start = new(0);
        private readonly ManualResetEventSlim _done = new(false);
        private Action? _job;
        private volatile bool _abandoned;
        private readonly int? _threadId;

        public Worker()
        {
            using var started = new ManualResetEventSlim(false);
            int? threadId = null;
            var thread = new Thread(() => { threadId = ThreadCpuClock.CurrentThreadId(); started.Set(); Loop(); }, StackBytes)
                { IsBackground = true, Name = "recoupe-input" };
            thread.Start();
            started.Wait();
            _threadId = threadId;
        }

        private TimeSpan? Cpu() => _threadId is { } tid ? ThreadCpuClock.Read(tid) : null;

        public bool Run(Action job, TimeSpan budget, TimeSpan wallLimit, out string? overrun)
        {
            overrun = null;
            if (wallLimit == Timeout.InfiniteTimeSpan) wallLimit = TimeSpan.MaxValue;
            var cpuAtStart = Cpu(); // the worker is idle: nothing runs on it until the release below
            var clock = System.Diagnostics.Stopwatch.StartNew();
            _job = job;
            _done.Reset();
            _start.Release();
            // A thread cannot use more CPU than wall time: nothing to check before the budget has passed on the clock.
            var wait = budget < wallLimit ? budget : wallLimit;
            while (!_done.Wait(wait))
            {
                var elapsed = clock.Elapsed;
                var used = cpuAtStart is { } c0 && Cpu() is { } c1 ? c1 - c0 : elapsed;
                if (used >= budget) { overrun = $"used more than the {budget.TotalSeconds:0.#} s of CPU"; break; }
                if (elapsed >= wallLimit) { overrun = $"took longer than {wallLimit.TotalSeconds:0.#} s"; break; }
                // Not over yet: look again when the rest of the budget could at the earliest be used, at least every 0.1 s.
                var rest = budget - used;
                if (wallLimit - elapsed < rest) rest = wallLimit - elapsed;
                wait = rest < TimeSpan.FromMilliseconds(100) ? TimeSpan.FromMilliseconds(100) : rest;
            }
            if (overrun is null) return true;
            // Over budget: the thread ends after the job (or at once, if it finished in between and waits for the next).
            _abandoned = true;
            _start.Release();
            return false;
        }

        private void Loop()
        {
            while (true)
            {
                _start.Wait();
                var job = _job;
                _job = null;
                if (job is null) return;
                job();
                _done.Set();
                if (_abandoned) return;
            }
        }
    }
}
