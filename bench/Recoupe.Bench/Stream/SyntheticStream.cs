using System.Collections.Immutable;
using System.Text;
using Recoupe.Model;

namespace Recoupe.Bench.Stream;

/// <summary>A real article cut into paragraphs, with the gold topic it came from.</summary>
public sealed record BaseArticle(string Topic, string Title, string[] Paragraphs);

/// <summary>One generated article and the pseudo-topic it was generated from (its gold story).</summary>
public sealed record SyntheticArticle(int Topic, Article Article, bool IsCopy);

/// <summary>
/// An endless, realistic news stream built from real articles (RPM2 and the seeds): pseudo-topics are born
/// over time, each from one real topic (sometimes mixed with a second), with its own names (capitalised words
/// get a topic-specific suffix) and a topic-specific share of words substituted, so that pseudo-topics are
/// distinct stories. Each article shuffles and samples paragraphs, perturbs words and numbers, gets a date in
/// its topic's lifetime (some undated), and a few are near-copies of a recent article (wire syndication).
/// Deterministic for a seed.
/// </summary>
public sealed class SyntheticStream
{
    private readonly IReadOnlyList<BaseArticle> _base;
    private readonly Dictionary<string, List<BaseArticle>> _byTopic;
    private readonly string[] _topics;
    private readonly string[] _words;
    private readonly Random _random;
    private readonly double _articlesPerDay;
    private readonly List<Topic> _active = [];
    private readonly Queue<SyntheticArticle> _recent = new();
    private int _nextTopic;
    private long _count;
    private readonly DateTime _start = new(2024, 1, 1);

    public SyntheticStream(IReadOnlyList<BaseArticle> baseArticles, int seed, double articlesPerDay = 2_000)
    {
        _base = baseArticles;
        _byTopic = baseArticles.GroupBy(b => b.Topic).ToDictionary(g => g.Key, g => g.ToList());
        _topics = _byTopic.Keys.Order(StringComparer.Ordinal).ToArray();
        _words = baseArticles.SelectMany(b => b.Paragraphs).SelectMany(p => p.Split(' '))
            .Where(w => w.Length > 3 && w.All(char.IsLower)).Distinct().Order(StringComparer.Ordinal).ToArray();
        _random = new Random(seed);
        _articlesPerDay = articlesPerDay;
    }

    public SyntheticArticle Next()
    {
        var now = _start.AddDays(_count / _articlesPerDay);
        _count++;
        _active.RemoveAll(t => t.End < now);
        // About 1 in 40 articles opens a new story: topics of ~40 articles on average, some much bigger.
        if (_active.Count == 0 || _random.NextDouble() < 0.025) _active.Add(NewTopic(now));

        if (_recent.Count > 0 && _random.NextDouble() < 0.05)
        {
            var original = _recent.ElementAt(_random.Next(_recent.Count));
            return Remember(new SyntheticArticle(original.Topic, Copy(original.Article, now), IsCopy: true));
        }
        var topic = _active[(int)Math.Min(_active.Count - 1, Math.Floor(Math.Pow(_random.NextDouble(), 1.5) * _active.Count))];
        return Remember(new SyntheticArticle(topic.Id, Write(topic, now), IsCopy: false));
    }

    private SyntheticArticle Remember(SyntheticArticle a)
    {
        _recent.Enqueue(a);
        if (_recent.Count > 200) _recent.Dequeue();
        return a;
    }

    private Topic NewTopic(DateTime now)
    {
        var primary = _topics[_random.Next(_topics.Length)];
        var secondary = _random.NextDouble() < 0.3 ? _topics[_random.Next(_topics.Length)] : null;
        double lifetimeDays = 0.5 + _random.NextDouble() * _random.NextDouble() * 20;
        return new Topic(_nextTopic++, primary, secondary, now, now.AddDays(lifetimeDays), Suffix(_nextTopic), _random.Next());
    }

    private Article Write(Topic topic, DateTime now)
    {
        var docs = _byTopic[topic.Primary];
        var main = docs[_random.Next(docs.Count)];
        var paragraphs = new List<string>(main.Paragraphs);
        var other = docs[_random.Next(docs.Count)];
        paragraphs.AddRange(other.Paragraphs.Where(_ => _random.NextDouble() < 0.3));
        if (topic.Secondary is { } s && _random.NextDouble() < 0.5)
        {
            var mix = _byTopic[s][_random.Next(_byTopic[s].Count)];
            paragraphs.AddRange(mix.Paragraphs.Where(_ => _random.NextDouble() < 0.2));
        }
        Shuffle(paragraphs);
        int keep = Math.Clamp(3 + _random.Next(8), 1, paragraphs.Count);
        var text = string.Join("\n\n", paragraphs.Take(keep).Select(p => Perturb(p, topic)));
        return Build(Perturb(main.Title, topic), text, now);
    }

    private Article Copy(Article original, DateTime now)
    {
        var paragraphs = original.Text.Split("\n\n").ToList();
        if (paragraphs.Count > 3 && _random.NextDouble() < 0.5) paragraphs.RemoveAt(paragraphs.Count - 1);
        var text = string.Join("\n\n", paragraphs.Select(p => SubstituteWords(p, 0.02)));
        return Build(original.Title + " (AFP)", text, now);
    }

    private Article Build(string title, string text, DateTime now)
    {
        var paragraphs = ImmutableArray.CreateBuilder<TextSpan>();
        int start = 0;
        foreach (var part in text.Split("\n\n"))
        {
            paragraphs.Add(new TextSpan(start, start + part.Length));
            start += part.Length + 2;
        }
        var published = _random.NextDouble() < 0.1 ? null : new DateStamp(now.AddMinutes(-_random.Next(600)), DatePrecision.Minute);
        return new Article
        {
            Input = $"synthetic-{_count}",
            ContentHash = $"synthetic-{_count}",
            Title = title,
            Published = published,
            Language = "fr",
            Text = text,
            Paragraphs = paragraphs.ToImmutable(),
        };
    }

    /// <summary>
    /// Topic names (capitalised words get the topic's suffix), the topic's own substitutes for two thirds of
    /// the content words (so two pseudo-topics from one real topic are as far apart as two real stories), noise.
    /// </summary>
    private string Perturb(string paragraph, Topic topic)
    {
        var words = paragraph.Split(' ');
        var sb = new StringBuilder(paragraph.Length + 64);
        foreach (var w in words)
        {
            if (sb.Length > 0) sb.Append(' ');
            if (w.Length > 2 && char.IsUpper(w[0])) sb.Append(w).Append(topic.Suffix);
            else if (w.Length > 3 && w.All(char.IsLower) && StableHash(w, topic.Salt) % 3 != 0) sb.Append(_words[StableHash(w, topic.Salt + 1) % _words.Length]);
            else if (w.Length > 0 && char.IsDigit(w[0]) && _random.NextDouble() < 0.2) sb.Append(_random.Next(2, 1000));
            else if (_random.NextDouble() < 0.03) sb.Append(_words[_random.Next(_words.Length)]);
            else sb.Append(w);
        }
        return sb.ToString();
    }

    private string SubstituteWords(string paragraph, double rate) =>
        string.Join(' ', paragraph.Split(' ').Select(w => _random.NextDouble() < rate ? _words[_random.Next(_words.Length)] : w));

    private void Shuffle<T>(List<T> list)
    {
        for (int i = list.Count - 1; i > 0; i--)
        {
            int j = _random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    private static int StableHash(string w, int salt)
    {
        uint h = 2166136261u ^ (uint)salt;
        foreach (char c in w) h = (h ^ c) * 16777619u;
        return (int)(h & 0x7FFFFFFF);
    }

    private static string Suffix(int n)
    {
        const string letters = "bcdfghjklmnprstvz";
        const string vowels = "aeiou";
        var sb = new StringBuilder();
        for (int k = 0; k < 3; k++)
        {
            sb.Append(letters[n % letters.Length]).Append(vowels[n / letters.Length % vowels.Length]);
            n /= letters.Length * vowels.Length;
        }
        return sb.ToString();
    }

    private sealed record Topic(int Id, string Primary, string? Secondary, DateTime Start, DateTime End, string Suffix, int Salt);
}
