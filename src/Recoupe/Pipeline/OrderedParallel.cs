using System.Threading.Channels;

namespace Recoupe.Pipeline;

/// <summary>
/// A bounded, order-keeping parallel map: one producer thread enumerates the source, <c>threads</c> worker threads run
/// <c>prepare</c> on the items, and the calling thread receives every (item, result) in source order. Two bounded
/// channels give back-pressure: the producer stops reading inputs while <c>capacity</c> items are in flight, so a huge
/// input folder or JSON Lines file is streamed, never loaded, however slow the consumer. The consumer being the calling
/// thread is what keeps story placement a single, deterministic writer whatever the number of threads.
/// </summary>
internal static class OrderedParallel
{
    private sealed class Slot<TIn, TOut>(TIn item)
    {
        public TIn Item { get; } = item;
        public TaskCompletionSource<TOut> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <param name="needsWork">False for items that need no preparing (their result is <c>default</c> at once).</param>
    /// <param name="prepare">Runs on a worker thread; must not throw (an exception would be rethrown to the consumer).</param>
    public static void Run<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, bool> needsWork, Func<TIn, TOut> prepare,
        Action<TIn, TOut> consume, int threads, int capacity, CancellationToken cancel)
    {
        threads = Math.Max(1, threads);
        capacity = Math.Max(threads, capacity);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        BoundedChannelOptions Options(bool singleReader) =>
            new(capacity) { SingleWriter = true, SingleReader = singleReader, FullMode = BoundedChannelFullMode.Wait };
        var ordered = Channel.CreateBounded<Slot<TIn, TOut>>(Options(true));
        var work = Channel.CreateBounded<Slot<TIn, TOut>>(Options(threads == 1));

        var producer = Task.Factory.StartNew(() =>
        {
            try
            {
                foreach (var item in source)
                {
                    var slot = new Slot<TIn, TOut>(item);
                    // In order first: the consumer waits on it while a worker prepares it.
                    ordered.Writer.WriteAsync(slot, stop.Token).AsTask().GetAwaiter().GetResult();
                    if (needsWork(item)) work.Writer.WriteAsync(slot, stop.Token).AsTask().GetAwaiter().GetResult();
                    else slot.Result.SetResult(default!);
                }
                ordered.Writer.TryComplete();
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                ordered.Writer.TryComplete(); // the consumer stopped us: it knows why
            }
            catch (Exception e)
            {
                ordered.Writer.TryComplete(e);
            }
            finally
            {
                work.Writer.TryComplete();
            }
        }, stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        var workers = Enumerable.Range(0, threads).Select(_ => Task.Factory.StartNew(() =>
        {
            var reader = work.Reader;
            try
            {
                while (reader.WaitToReadAsync(stop.Token).AsTask().GetAwaiter().GetResult())
                    while (reader.TryRead(out var slot))
                    {
                        try { slot.Result.SetResult(prepare(slot.Item)); }
                        catch (Exception e) { slot.Result.SetException(e); }
                    }
            }
            catch (OperationCanceledException) { }
        }, stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToList();

        try
        {
            // Cancellation is seen between items (never inside one), as a plain OperationCanceledException.
            var reader = ordered.Reader;
            while (reader.WaitToReadAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult())
                while (reader.TryRead(out var slot))
                {
                    cancel.ThrowIfCancellationRequested();
                    // Wait(cancel): after a cancellation the workers stop, and an item none of them took never completes.
                    slot.Result.Task.Wait(cancel);
                    consume(slot.Item, slot.Result.Task.GetAwaiter().GetResult());
                }
            cancel.ThrowIfCancellationRequested();
        }
        finally
        {
            // Normal end: everything is consumed and the threads are done. Otherwise (cancelled, the consumer threw) they
            // are told to stop; an item being prepared finishes first (within its budget), then its thread ends.
            stop.Cancel();
            try { Task.WaitAll([producer, .. workers]); }
            catch (AggregateException) { }
        }
    }
}
