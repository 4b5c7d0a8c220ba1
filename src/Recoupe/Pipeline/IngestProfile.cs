namespace Recoupe.Pipeline;

/// <summary>The parts of an ingest that <see cref="IngestProfile"/> times.</summary>
public enum IngestStage
{
    /// <summary>Reading files and splitting them into inputs (JSON Lines parsing, feeds, sidecars).</summary>
    Decode,
    /// <summary>Extraction: encoding, main text, metadata, language.</summary>
    Clean,
    /// <summary>Sentences, entities, quotes, time expressions.</summary>
    Annotate,
    /// <summary>Store work of placement: reads and writes under the write lease, commits.</summary>
    StoreWrites,
    /// <summary>The in-memory decisions: duplicate lookup, story assignment, remembering the placed article.</summary>
    StoryAssignment,
    /// <summary>Rebuilding the briefs of the stories a batch touched.</summary>
    Briefs,
    /// <summary>Restoring the in-memory duplicate and story indexes from the store (start-up, other writers' articles).</summary>
    Restore,
    /// <summary>The store reads of brief rebuilding (a story's metadata, its articles' text and annotations parsed from JSON), not counted in <see cref="Briefs"/>.</summary>
    BriefReads,
}

/// <summary>
/// CPU time per stage of an ingest, summed over threads, for the bench (<c>bench ingest</c>) to say where the time goes.
/// CPU time of the measuring thread, not wall time: the bench machine is shared, and a thread waiting for a core costs
/// wall time only. Also the bytes each stage allocates (the measuring thread's), since the collector's share of a run
/// ("other") follows allocation and cannot be timed per stage. Off by default (no profile given to the engine): then
/// nothing is measured. Thread-safe.
/// </summary>
public sealed class IngestProfile
{
    private readonly long[] _ticks = new long[Enum.GetValues<IngestStage>().Length];
    private readonly long[] _bytes = new long[Enum.GetValues<IngestStage>().Length];

    /// <summary>CPU time spent in <paramref name="stage"/> so far.</summary>
    public TimeSpan this[IngestStage stage] => TimeSpan.FromTicks(Interlocked.Read(ref _ticks[(int)stage]));

    /// <summary>Bytes allocated in <paramref name="stage"/> so far (by the threads measuring it).</summary>
    public long Allocated(IngestStage stage) => Interlocked.Read(ref _bytes[(int)stage]);

    public void Add(IngestStage stage, TimeSpan time) => Interlocked.Add(ref _ticks[(int)stage], time.Ticks);

    public void AddAllocated(IngestStage stage, long bytes) => Interlocked.Add(ref _bytes[(int)stage], bytes);

    /// <summary>
    /// Times the calling thread until the returned scope is disposed (a no-op on a null profile). With
    /// <paramref name="within"/>, the time is also taken off that enclosing stage, so that stages never count twice.
    /// </summary>
    public static Scope Measure(IngestProfile? profile, IngestStage stage, IngestStage? within = null) => new(profile, stage, within);

    public readonly struct Scope : IDisposable
    {
        private readonly IngestProfile? _profile;
        private readonly IngestStage _stage;
        private readonly IngestStage? _within;
        private readonly long _start;
        private readonly long _startBytes;

        internal Scope(IngestProfile? profile, IngestStage stage, IngestStage? within)
        {
            _profile = profile;
            _stage = stage;
            _within = within;
            _start = profile is null ? 0 : ThreadCpuTicks();
            _startBytes = profile is null ? 0 : GC.GetAllocatedBytesForCurrentThread();
        }

        public void Dispose()
        {
            if (_profile is null) return;
            var spent = TimeSpan.FromTicks(ThreadCpuTicks() - _start);
            long bytes = GC.GetAllocatedBytesForCurrentThread() - _startBytes;
            _profile.Add(_stage, spent);
            _profile.AddAllocated(_stage, bytes);
            if (_within is { } outer)
            {
                _profile.Add(outer, -spent);
                _profile.AddAllocated(outer, -bytes);
            }
        }
    }

    private static long ThreadCpuTicks() => Recoupe.Diagnostics.ThreadCpu.TicksOrWall();
}
