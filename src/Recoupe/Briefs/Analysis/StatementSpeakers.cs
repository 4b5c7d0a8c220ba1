using Recoupe.Briefs.Quotes;
using Recoupe.Model;

namespace Recoupe.Briefs.Analysis;

/// <summary>
/// Who states each sentence. A fact in the news is "who said what": the same words from two different people are
/// two statements, and one person's statement reworded by two outlets is one.
/// <see cref="People"/>: the people whose quotation (direct or reported) lies in the sentence.
/// <see cref="Voices"/>: those people, the institutions they speak for (the organisations named in their role
/// anywhere in the story: "porte-parole du Comité de vigilance portuaire du ministère"), and institutions
/// quoted in the sentence ("a annoncé la Maison Blanche"). An institution speaks through its spokespeople, so it
/// matches any of them and contradicts none.
/// </summary>
internal sealed class StatementSpeakers
{
    private static readonly int[] None = [];
    private readonly int[][] _people;
    private readonly int[][] _voices;

    private StatementSpeakers(int[][] people, int[][] voices)
    {
        _people = people;
        _voices = voices;
    }

    public static readonly StatementSpeakers Unknown = new([], []);

    /// <summary>Person entities quoted in the unit, ascending; empty when unknown.</summary>
    public int[] People(SentenceUnit u) => u.Index >= 0 && u.Index < _people.Length ? _people[u.Index] : None;

    /// <summary>The people quoted in the unit with their institutions, and institutions quoted in it, ascending.</summary>
    public int[] Voices(SentenceUnit u) => u.Index >= 0 && u.Index < _voices.Length ? _voices[u.Index] : None;

    public static StatementSpeakers Of(StoryCorpus corpus, IReadOnlyList<SpeakerQuote> quotes)
    {
        var institutions = InstitutionsOfPeople(corpus);
        var people = new SortedSet<int>?[corpus.Units.Length];
        var voices = new SortedSet<int>?[corpus.Units.Length];
        foreach (var q in quotes)
        {
            if (q.SpeakerEntity < 0) continue;
            var type = corpus.Entities[q.SpeakerEntity].Entity.Type;
            if (type is not (EntityType.Person or EntityType.Organization)) continue;
            foreach (var u in corpus.UnitsOfArticle[q.ArticleIndex])
            {
                if (!u.Span.Overlaps(q.Mention.Span)) continue;
                (voices[u.Index] ??= []).Add(q.SpeakerEntity);
                if (type != EntityType.Person) continue;
                (people[u.Index] ??= []).Add(q.SpeakerEntity);
                if (institutions.TryGetValue(q.SpeakerEntity, out var of)) voices[u.Index]!.UnionWith(of);
            }
        }
        return new StatementSpeakers(
            people.Select(s => s is null ? None : s.ToArray()).ToArray(),
            voices.Select(s => s is null ? None : s.ToArray()).ToArray());
    }

    /// <summary>For each person entity, the organisations named inside one of their roles, in any article of the story.</summary>
    private static Dictionary<int, HashSet<int>> InstitutionsOfPeople(StoryCorpus corpus)
    {
        var result = new Dictionary<int, HashSet<int>>();
        for (int a = 0; a < corpus.Articles.Count; a++)
        {
            // Sorted by start, so that each role looks only at the mentions inside it (bounded on pages with thousands of mentions).
            var mentions = corpus.Articles[a].Annotations.Entities.OrderBy(m => m.Span.Start).ToArray();
            var starts = mentions.Select(m => m.Span.Start).ToArray();
            foreach (var person in mentions)
            {
                if (person.RoleSpan is not { } role || person.Type != EntityType.Person) continue;
                int p = corpus.EntityOf(a, person);
                if (p < 0) continue;
                int first = Array.BinarySearch(starts, role.Start);
                if (first < 0) first = ~first;
                while (first > 0 && starts[first - 1] == role.Start) first--;
                for (int k = first; k < mentions.Length && starts[k] < role.End; k++)
                {
                    var m = mentions[k];
                    if (m.Span.End > role.End) continue;
                    int e = corpus.EntityOf(a, m);
                    if (e >= 0 && e != p && corpus.Entities[e].Entity.Type == EntityType.Organization) (result.TryGetValue(p, out var set) ? set : result[p] = []).Add(e);
                }
            }
        }
        return result;
    }
}
