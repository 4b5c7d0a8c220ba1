using System.Collections.Concurrent;

namespace Recoupe.Pipeline;

/// <summary>
/// A time budget per input: the analysis of one input runs on a worker thread and the caller waits at most the budget.
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

    public InputBudget(TimeSpan budget) => Budget = budget;

    public TimeSpan Budget { get; }

    /// <summary>Runs <paramref name="work"/>; false when it did not finish within the budget (its result is then lost).</summary>
    public bool TryRun<T>(Func<T> work, out T? result)
    {
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
            }, Budget))
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

        public Worker()
        {
            var thread = new Thread(Loop, StackBytes) { IsBackground = true, Name = "recoupe-input" };
            thread.Start();
        }

        public bool Run(Action job, TimeSpan budget)
        {
            _job = job;
            _done.Reset();
            _start.Release();
            if (_done.Wait(budget)) return true;
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
