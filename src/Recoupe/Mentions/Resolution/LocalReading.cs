using Recoupe.Mentions.Gazetteers;
using Recoupe.Mentions.Names;
using Recoupe.Model;

namespace Recoupe.Mentions.Resolution;

/// <summary>
/// The mentions of one document that share a key, with what the merge rules ask of them computed once: the name, its type, its
/// folded form, the place it names, its initials and name keys. None of it depends on the other documents, so a story that gains
/// an article reads only that article's mentions again (<see cref="ArticleEntities"/>). Each feature is computed only for the
/// locals the rule that uses it looks at (e.g. initials of multi-word non-persons), and is left empty otherwise. Immutable.
/// </summary>
internal sealed class LocalReading
{
    public LocalReading(string key, (EntityMention Mention, string Surface)[] mentions)
    {
        Key = key;
        Mentions = mentions;
        Type = mentions.GroupBy(m => m.Mention.Type).OrderByDescending(g => g.Count()).First().Key;
        // The longest display name: "Owen Radcliff" rather than "Radcliff".
        Name = mentions.Select(m => m.Mention.Name).OrderByDescending(n => n.Split(' ').Length).ThenByDescending(n => n.Length).First();
        IsSingleWord = !Name.Contains(' ');
        FoldedName = TextFold.Fold(Name);
        if (Type == EntityType.Place) Place = Places.Lookup(Name);
        if (IsSingleWord)
        {
            IsAcronym = AcronymMatcher.IsAcronym(Name);
            if (IsAcronym) Letters = AcronymMatcher.Letters(Name);
            else if (Type != EntityType.Place) PersonKey = NameKey.Person(Name);
        }
        else
        {
            AcronymSurfaces = mentions.Select(m => m.Surface).Where(s => AcronymMatcher.IsAcronym(s)).ToArray();
            if (Type != EntityType.Person) Initials = AcronymMatcher.Initials(Name);
            if (Type == EntityType.Person) PersonWords = NameKey.Words(Name);
            if (Type is EntityType.Person or EntityType.Organization) WrittenWords = NameKey.WrittenWords(Name);
            if (Type == EntityType.Organization) National = NationalQualifier.Of(Name);
        }
    }

    public string Key { get; }
    public (EntityMention Mention, string Surface)[] Mentions { get; }
    /// <summary>The commonest type of the mentions (the first seen on a tie).</summary>
    public EntityType Type { get; }
    public string Name { get; }
    public bool IsSingleWord { get; }
    /// <summary><see cref="TextFold.Fold"/> of the name (every local).</summary>
    public string FoldedName { get; }
    /// <summary>The gazetteer's place (places only).</summary>
    public PlaceInfo? Place { get; }
    /// <summary>Whether the name is an acronym (single words only).</summary>
    public bool IsAcronym { get; }
    /// <summary>An acronym's letters (single-word acronyms only).</summary>
    public string? Letters { get; }
    /// <summary>The phonetic key of a single word that is no acronym and no place.</summary>
    public string? PersonKey { get; }
    /// <summary>The surfaces written as acronyms, in mention order (multi-word names only: an acronym defined beside its long name).</summary>
    public string[] AcronymSurfaces { get; } = [];
    /// <summary>Initials of the content words and of all words (multi-word non-persons only).</summary>
    public (string? Content, string? All) Initials { get; }
    /// <summary><see cref="NameKey.Words"/> of the name (multi-word persons only).</summary>
    public string[] PersonWords { get; } = [];
    /// <summary><see cref="NameKey.WrittenWords"/> of the name (multi-word persons and organisations only).</summary>
    public string[] WrittenWords { get; } = [];
    /// <summary>The name without the country it carries, and that country (multi-word organisations only).</summary>
    public NationalQualifier? National { get; }
}
