using System.Collections.Immutable;
using Recoupe.Mentions.Entities;
using Recoupe.Model;

namespace Recoupe.Mentions;

/// <summary>
/// Rule-based named-entity recognition (no model): capitalised name runs with particles, typed from
/// institution/media cues, a gazetteer built from .NET culture data, first names, titles and the words
/// around; roles attached to people; keys that group a document's variants (surname alone, acronyms).
/// </summary>
public sealed class EntityRecognizer : IEntityRecognizer
{
    public ImmutableArray<EntityMention> Recognize(AnnotationContext context)
    {
        var text = context.Text;
        if (string.IsNullOrEmpty(text)) return [];
        return Recognize(context, WordScanner.Scan(text, context.Sentences));
    }

    /// <summary>The same, over the words of the context's text already scanned (<see cref="WordScanner.Scan"/>): the
    /// trained recogniser scans once for its rule evidence and its own passes.</summary>
    internal ImmutableArray<EntityMention> Recognize(AnnotationContext context, Word[] words)
    {
        var text = context.Text;
        if (string.IsNullOrEmpty(text)) return [];
        var evidence = new DocumentEvidence(text, words);
        var language = context.Language is "en" ? "en" : "fr";
        var candidates = new List<Candidate>(words.Length / 8 + 4);
        int consumedUpTo = -1;
        foreach (var run in NameRunFinder.Find(words, language, evidence))
        {
            if (run.First <= consumedUpTo) continue; // swallowed by an extended institution name
            var (type, last, guessed) = EntityTyper.Classify(text, words, run, evidence);
            if (type == EntityType.Place) last = PlaceQualifier.Extend(words, last);
            consumedUpTo = last;
            int first = type == EntityType.Person || type == EntityType.Organization && SportsClub.InitialsBefore(words, run.First)
                ? InitialsBefore(text, words, run.First) : run.First;
            if (GovernmentByLeader(words, run)) (type, first, guessed) = (EntityType.Organization, run.First - 1, false);
            int start = words[first].Start, end = words[last].End;
            // English possessive: "Putin's war" names Putin.
            if (end - start > 3 && text[end - 2] is '\'' or '’' && text[end - 1] is 's') end -= 2;
            end = HyphenatedWordCut(text, start, end);
            var name = DisplayName.Of(text.AsSpan(start, end - start));
            // "Brentwood Capital Corp., ont indiqué": an abbreviated legal form keeps its period in the mention (not in the
            // display name), unless the period also ends the sentence ("… for Metro Transit Inc. “The door…").
            if (type == EntityType.Organization && Lexicon.OrganizationCues.IsAbbreviatedLegalForm(words[last].Lower) && PeriodAfter(text, end) is int period
                && SentenceGoesOnAfter(text, period + 1)) end = period + 1;
            candidates.Add(new Candidate(first, last, type, start, end, name) { Guessed = guessed });
        }
        AddSignatures(text, words, candidates);
        ContextTyping.Apply(text, candidates);
        DocumentKeys.Assign(text, candidates, language);
        foreach (var c in candidates)
        {
            // Types settled by the document (brackets, lists, surnames) reach back to initials and particles too.
            if (c.Type != EntityType.Person) continue;
            int first = ParticleBefore(text, words, InitialsBefore(text, words, c.First));
            if (first < c.First) c.StartAt(first, words[first].Start);
        }
        RoleAttacher.Attach(text, words, candidates);
        var result = ImmutableArray.CreateBuilder<EntityMention>(candidates.Count);
        foreach (var c in candidates)
        {
            string? role = c.RoleSpan is { } r ? DisplayName.Of(text.AsSpan(r.Start, r.Length)) : null;
            result.Add(new EntityMention(new TextSpan(c.Start, c.End), c.Type, c.Name, c.Key, role, c.RoleSpan));
        }
        return result.ToImmutable();
    }

    /// <summary>A signature ("A. Q.", "/ CMA") is a person, whatever its letters looked like to the typer.</summary>
    private static void AddSignatures(string text, Word[] words, List<Candidate> candidates)
    {
        bool added = false;
        foreach (var (first, last) in Signature.Find(text, words))
        {
            var existing = candidates.Find(c => c.First <= last && first <= c.Last);
            if (existing is not null)
            {
                if (existing.First != first || existing.Last != last) continue;
                existing.Type = EntityType.Person;
                existing.Guessed = false;
                continue;
            }
            int start = words[first].Start, end = words[last].End + (last > first || words[last].Length <= 2 ? 1 : 0); // "A. Q." keeps its last period
            candidates.Add(new Candidate(first, last, EntityType.Person, start, end, DisplayName.Of(text.AsSpan(start, end - start))));
            added = true;
        }
        if (added) candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>
    /// "Cotti-le plus francophile", "Chirac-profite de": a dash printed as a hyphen glues the next lower-case word to
    /// the name. A last hyphenated part all in lower case that is a long word or an article/pronoun is cut off; short
    /// syllables stay ("Kim Jong-un", "Moon Jae-in").
    /// </summary>
    private static int HyphenatedWordCut(string text, int start, int end)
    {
        int hyphen = text.LastIndexOf('-', end - 1, end - start);
        if (hyphen <= start) return end;
        var tail = text.AsSpan(hyphen + 1, end - hyphen - 1);
        if (tail.Length == 0 || !char.IsLower(tail[0])) return end;
        // "Ligue anti-alcoolique": a lower-case compound word is a complement, not a word glued to the name.
        int wordStart = hyphen;
        while (wordStart > start && !char.IsWhiteSpace(text[wordStart - 1])) wordStart--;
        if (wordStart > start && char.IsLower(text[wordStart])) return end;
        foreach (var ch in tail) if (char.IsUpper(ch)) return end;
        bool cut = tail.Length >= 4 || tail is "le" or "la" or "les" or "qui" or "que" or "et" or "t-il" || tail.Contains('\'') || tail.Contains('’');
        return cut ? hyphen : end;
    }

    // The period right after an abbreviation ("Corp.", or "Corp ." in tokenised text), or null.
    private static int? PeriodAfter(string text, int end)
    {
        if (end < text.Length && text[end] == '.') return end;
        return end + 1 < text.Length && text[end] == ' ' && text[end + 1] == '.' ? end + 1 : null;
    }

    // What follows a period: a comma, a bracket or a lower-case word means the sentence goes on.
    private static bool SentenceGoesOnAfter(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\u00A0') i++;
        return i < text.Length && (text[i] is ',' or ';' or ')' || char.IsLower(text[i]));
    }

    private const int MaxInitials = 2;

    /// <summary>"le gouvernement Franco", "du cabinet Schuman": a government named after its head is an organisation, head word included.</summary>
    private static bool GovernmentByLeader(Word[] words, NameRun run) =>
        run.First > 0 && run.Last - run.First <= 2 && words[run.First].JoinedToPrevious && words[run.First].Shape == WordShape.Capitalized
        && words[run.First - 1].Shape == WordShape.Lower && words[run.First - 1].Lower is "gouvernement" or "cabinet" or "ministère";

    // ", de Dardel (Neuchâtel)", "les de Mont": a surname's particle opening a list item or following a determiner.
    private static int ParticleBefore(string text, Word[] words, int first)
    {
        if (first == 0) return first;
        var particle = words[first - 1];
        if (particle.Shape != WordShape.Lower || particle.Lower is not ("de" or "von" or "van" or "du") || !words[first].JoinedToPrevious) return first;
        if (first - 1 == 0) return first - 1;
        var gap = text.AsSpan(words[first - 2].End, particle.Start - words[first - 2].End).Trim();
        return gap is "," or "(" or ";" or ":" or "." || gap.Length == 0 && words[first - 2].Lower is "les" or "des" ? first - 1 : first;
    }

    // "L. Jalabert", "J. F. Kennedy": initials before a surname belong to the name. "M." is the honorific, not an initial.
    private static int InitialsBefore(string text, Word[] words, int first)
    {
        int k = first;
        while (k > 0 && first - k < MaxInitials)
        {
            var w = words[k - 1];
            if (w.Length != 1 || w.Shape != WordShape.AllCaps && w.Shape != WordShape.Capitalized || w.Lower is "m" or "a") break;
            if (text.AsSpan(w.End, words[k].Start - w.End) is not ". ") break;
            k--;
        }
        return k;
    }
}
