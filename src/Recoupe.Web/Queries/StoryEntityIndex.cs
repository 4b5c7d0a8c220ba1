using Recoupe.Mentions.Names;
using Recoupe.Stories.Features;
using Recoupe.Model;
using Recoupe.Storage;

namespace Recoupe.Web.Queries;

/// <summary>A story as the related-stories search sees it: its name keys and when and in which languages it ran.</summary>
public sealed record StoryEntityKeys(StorySummary Story, IReadOnlySet<string> Keys);

/// <summary>
/// The name keys of the most recent stories (<see cref="StoryListing.ScanLimit"/>), kept in memory between requests and
/// refreshed incrementally: a story is read again only when its size or last activity changed. A key is a person,
/// organisation or place name with each word reduced to its transliteration key, so that the French and English
/// spellings of one name (and a Cyrillic one) meet; a person also gives the key of the surname alone.
/// </summary>
public sealed class StoryEntityIndex
{
    private readonly Lock _gate = new();
    private Dictionary<long, StoryEntityKeys> _stories = [];
    private long? _version;

    /// <summary>
    /// The stories as they are in <paramref name="store"/> now (reads the briefs of new or changed stories only).
    /// <paramref name="version"/> is the store's change counter when known (<see cref="Hosting.ReadCache.Current"/>):
    /// while it stays the same the store is not read at all.
    /// </summary>
    public IReadOnlyCollection<StoryEntityKeys> Current(IStore store, long? version = null)
    {
        lock (_gate)
        {
            if (version is not null && version == _version) return _stories.Values;
            var summaries = store.ListStories(StoryListing.ScanLimit);
            var next = new Dictionary<long, StoryEntityKeys>(summaries.Count);
            foreach (var s in summaries)
            {
                if (_stories.TryGetValue(s.Id, out var known) && Same(known.Story, s)) next[s.Id] = known with { Story = s };
                else next[s.Id] = new StoryEntityKeys(s, store.GetBrief(s.Id) is { } brief ? KeysOf(brief) : new HashSet<string>());
            }
            _stories = next;
            _version = version;
            return next.Values;
        }
    }

    private static bool Same(StorySummary a, StorySummary b) =>
        a.ArticleCount == b.ArticleCount && a.LastSeen == b.LastSeen && a.Title == b.Title;

    /// <summary>The keys of a brief's named entities (a name said once in passing does not make two stories related).</summary>
    public static IReadOnlySet<string> KeysOf(Brief brief) => KeysOf(brief.Entities);

    public static IReadOnlySet<string> KeysOf(IEnumerable<BriefEntity> entities)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            if (e.Type is not ("person" or "organization" or "place") || e.Mentions < 2) continue;
            foreach (var name in e.Variants.Append(e.Name))
            {
                var words = Words(name);
                if (words.Count == 0) continue;
                keys.Add(string.Join(' ', words));
                // The lexicon's spelling across languages ("North Korea" / "Corée du Nord"), which transliteration cannot reach.
                keys.Add("xl:" + CrossLingualNames.Key(name));
                // "Poutine" alone and "Vladimir Putin" are the same person: the surname carries the link across outlets.
                if (e.Type == "person" && words.Count > 1 && words[^1].Length >= 4) keys.Add(words[^1]);
            }
        }
        return keys;
    }

    /// <summary>Each word of the name folded (lower case, no accents; hyphens and apostrophes split words) and transliterated.</summary>
    private static List<string> Words(string name)
    {
        var words = new List<string>();
        foreach (var folded in Recoupe.Mentions.Names.TextFold.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (folded.Length >= 2) words.Add(Transliteration.Key(folded));
        return words;
    }
}
