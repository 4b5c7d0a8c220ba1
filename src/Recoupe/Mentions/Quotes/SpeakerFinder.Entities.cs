using Recoupe.Mentions.Gazetteers;
using Recoupe.Model;

namespace Recoupe.Mentions.Quotes;

/// <summary>The entity look-ups the speaker rules use: subjects before a cue, names after it, the nearest person.</summary>
internal static partial class SpeakerFinder
{
    /// <summary>The nearest person before <paramref name="position"/>, outside quotes, whose gender does not contradict <paramref name="wanted"/>.</summary>
    public static EntityMention? NearestPerson(QuoteDocument doc, int position, Gender wanted, string? roleWord)
    {
        for (int i = doc.Entities.Count - 1; i >= 0; i--)
        {
            var m = doc.Entities[i];
            if (m.Span.End > position || m.Type != EntityType.Person || doc.InsideQuote(m.Span)) continue;
            var g = doc.GenderOf(m);
            if (wanted != Gender.Unknown && g != Gender.Unknown && g != wanted) continue;
            if (roleWord is not null && !HasRoleWord(doc, m, roleWord)) continue;
            return m;
        }
        return null;
    }

    private static bool HasRoleWord(QuoteDocument doc, EntityMention m, string roleWord)
    {
        foreach (var other in doc.Entities)
            if (other.Key == m.Key && other.Role is { } r && r.Contains(roleWord, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static EntityMention? EntityBetween(QuoteDocument doc, int start, int end)
    {
        foreach (var m in doc.Entities)
            if (m.Span.Start >= start && m.Span.End <= end && m.Type is EntityType.Person or EntityType.Organization) return m;
        return null;
    }

    // The subject before a cue: the last person, else the last organisation, else a place right before the cue
    // ("Les États-Unis affirment que": a country speaking through its government).
    private static EntityMention? LastEntityBetween(QuoteDocument doc, int start, int end)
    {
        EntityMention? org = null, place = null;
        bool nearest = true;
        for (int i = doc.Entities.Count - 1; i >= 0; i--)
        {
            var m = doc.Entities[i];
            if (m.Span.End > end || m.Span.Start < start || doc.InsideQuote(m.Span)) continue;
            if (m.Type == EntityType.Person) return m;
            if (m.Type == EntityType.Organization) org ??= m;
            if (m.Type == EntityType.Place && nearest && doc.FirstTokenAtOrAfter(end) - doc.FirstTokenAtOrAfter(m.Span.End) <= 3) place = m;
            nearest = false;
        }
        return org ?? place;
    }

    private static EntityMention? FirstEntityAfter(QuoteDocument doc, int start, int end)
    {
        EntityMention? org = null;
        foreach (var m in doc.Entities)
        {
            if (m.Span.Start < start) continue;
            if (m.Span.Start >= end) break;
            if (doc.InsideQuote(m.Span)) continue;
            if (m.Type == EntityType.Person) return m;
            if (m.Type == EntityType.Organization) org ??= m;
        }
        return org;
    }

    private static bool HasRoleMentioning(QuoteDocument doc, EntityMention person, EntityMention institution)
    {
        var name = institution.Span.Of(doc.Text);
        foreach (var m in doc.Entities)
            if (m.Key == person.Key && m.Role is { } r && r.Contains(name, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
