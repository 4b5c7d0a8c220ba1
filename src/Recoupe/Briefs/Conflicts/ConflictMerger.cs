using System.Collections.Immutable;
using Recoupe.Model;

namespace Recoupe.Briefs.Conflicts;

/// <summary>
/// Conflicts found through many pairs of sentences, merged by key once at the end: what folding <see cref="ScoredConflict.Merge"/>
/// pair after pair gives (the first conflict's fields, the highest confidence, each claim's sources and sentences in first-seen
/// order without repeats, its earliest date), without copying the growing conflict at every pair — a wire story's many copies of
/// one figure give a pair for every two of them, and each copy made the merge quadratic. Conflicts come back in the order their
/// keys were first found.
/// </summary>
internal sealed class ConflictMerger
{
    private readonly Dictionary<string, Gathered> _byKey = new(StringComparer.Ordinal);

    public void Add(ScoredConflict conflict)
    {
        if (_byKey.TryGetValue(conflict.Key, out var gathered)) gathered.Add(conflict);
        else _byKey[conflict.Key] = new Gathered(conflict);
    }

    public List<ScoredConflict> Result()
    {
        var result = new List<ScoredConflict>(_byKey.Count);
        foreach (var gathered in _byKey.Values) result.Add(gathered.Build());
        return result;
    }

    private sealed class Gathered(ScoredConflict first)
    {
        private double _confidence = first.Confidence;
        private Dictionary<string, Side>? _sides; // made at the second conflict of the key: most keys are found once

        public void Add(ScoredConflict other)
        {
            _confidence = Math.Max(_confidence, other.Confidence);
            if (_sides is null)
            {
                _sides = new Dictionary<string, Side>(StringComparer.Ordinal);
                foreach (var c in first.Claims) _sides.TryAdd(c.Key, new Side(c));
            }
            foreach (var c in other.Claims)
                if (_sides.TryGetValue(c.Key, out var side)) side.Add(c);
                else _sides[c.Key] = new Side(c);
        }

        public ScoredConflict Build() => _sides is null
            ? first
            : first with { Confidence = _confidence, Claims = ScoredConflict.Order(_sides.Values.Select(s => s.Build()), first.Kind) };
    }

    /// <summary>One claim of a conflict as merged: the first one seen, with the sources, sentences and dates of the later ones.</summary>
    private sealed class Side(KeyedClaim first)
    {
        private List<SourceSpan>? _sources;
        private HashSet<SourceSpan>? _sourceSet;
        private List<int>? _units;
        private HashSet<int>? _unitSet;
        private string? _date = first.Claim.Date;

        public void Add(KeyedClaim other)
        {
            if (_sources is null)
            {
                _sources = [];
                _sourceSet = [];
                _units = [];
                _unitSet = [];
                Gather(first);
            }
            Gather(other);
            _date = ScoredConflict.Earliest(_date, other.Claim.Date);
        }

        private void Gather(KeyedClaim c)
        {
            foreach (var s in c.Claim.Sources)
                if (_sourceSet!.Add(s)) _sources!.Add(s);
            foreach (var u in c.Units)
                if (_unitSet!.Add(u)) _units!.Add(u);
        }

        public KeyedClaim Build() => _sources is null
            ? first
            : first with
            {
                Claim = first.Claim with { Sources = [.. _sources], Date = _date },
                Units = [.. _units!],
            };
    }
}
