using System.Runtime.InteropServices;
using Recoupe.Mentions.Gazetteers;
using Recoupe.Mentions.Lexicon;
using Recoupe.Model;

namespace Recoupe.Mentions.Quotes.Attribution;

/// <summary>
/// The readings of a candidate's words: a name is itself; "il"/"she" may be any of the last few persons of a
/// compatible gender (the resolver's first choice first: someone named since the last quotation, else the last
/// speaker, else the nearest person that is no preposition's object); "ce dernier" the last persons; "le ministre",
/// "the senator" a person the document gives that title or a nearby person of the description's gender; "le rapport
/// de l'Inspection" the body in its complement; "le parquet de Paris" the institution it names. Every pronoun and
/// definite description may also stay unnamed; plural pronouns, "on" and indefinite descriptions ("un responsable",
/// "officials") only do. The ranker chooses among the readings, so the choice is learned with the rest.
/// </summary>
internal static class ChainResolver
{
    private const int ParagraphsBack = 6, SentencesBack = 10;
    private const int MaxAntecedents = 4;

    public static void AddReadings(QuoteDocument doc, SourceCandidate c, AttributionState state, List<SourceCandidate> into)
    {
        switch (c.Kind)
        {
            case SourceKind.Person or SourceKind.Organization or SourceKind.Place or SourceKind.OtherEntity:
                into.Add(c with { Reading = ReadingKind.Self, Speaker = c.Entity });
                return;
            case SourceKind.Pronoun:
                AddAntecedents(doc, c, PersonsBefore(doc, c.Span.Start, c.Gender, state), into, roleMatch: false);
                break;
            case SourceKind.Description:
                AddDescribed(doc, c, state, into);
                break;
            case SourceKind.Relative when c.Entity is not null:
                into.Add(c with { Reading = ReadingKind.Antecedent, Speaker = c.Entity, Option = 0 });
                break;
            case SourceKind.NeuterPronoun:
                AddAntecedents(doc, c, OrganizationsBefore(doc, c.Span.Start), into, roleMatch: false);
                break;
        }
        // "un communiqué de la Caisse": an indefinite writing still names its author.
        if (c.Kind == SourceKind.IndefiniteDescription && HeadOf(doc, c) is var h && IsAuthored(h, Singular(h)) && !AddAuthors(doc, c, into)
            && QuoteFeatureSwitches.WritingAuthors)
            AddWritingAuthor(doc, c, into, earlier: false);
        if (c.Kind is SourceKind.Pronoun or SourceKind.NeuterPronoun
            || c.Kind == SourceKind.Description && (state.PreviousEntity is not { } prev || MayHoldTitle(doc, c, TitleTie.Of(doc, c), prev, state)))
            AddPreviousSpeaker(doc, c, state, into);
        into.Add(c with { Reading = ReadingKind.Unnamed, Speaker = null });
    }

    private static void AddAntecedents(QuoteDocument doc, SourceCandidate c, IEnumerable<EntityMention> persons, List<SourceCandidate> into, bool roleMatch)
    {
        int option = 0;
        foreach (ref readonly var x in CollectionsMarshal.AsSpan(into))
            if (x.Span == c.Span && x.Reading == ReadingKind.Antecedent) option++;
        foreach (var m in persons)
        {
            if (option >= MaxAntecedents) break;
            if (HasReading(into, c.Span, m.Key)) continue;
            into.Add(c with { Reading = ReadingKind.Antecedent, Speaker = m, Option = option++, RoleMatch = roleMatch });
        }
    }

    // Whether the words at the span already have a reading that names the entity (loops, not LINQ: this runs for
    // every antecedent of every pronoun of every quotation).
    private static bool HasReading(List<SourceCandidate> into, TextSpan span, string key)
    {
        foreach (ref readonly var x in CollectionsMarshal.AsSpan(into))
            if (x.Span == span && x.Speaker?.Key == key) return true;
        return false;
    }

    /// <summary>
    /// The last speaker as one more reading, whatever its type and however far back it was named: in a run of
    /// quotations "il", "elle", "le document" or "the official" goes on with who spoke last ("le rapport … «…». Le document
    /// ajoute «…»": the report's author), which the nearest-persons search misses when the speaker is an organisation
    /// or was named paragraphs ago. Its gender must not clash with a pronoun's.
    /// </summary>
    private static void AddPreviousSpeaker(QuoteDocument doc, SourceCandidate c, AttributionState state, List<SourceCandidate> into)
    {
        if (state.PreviousEntity is not { } prev || prev.Span.Start >= c.Span.Start) return;
        for (int i = into.Count - 1; i >= 0 && into[i].Span == c.Span; i--)
            if (into[i].Speaker?.Key == prev.Key) return;
        if (c.Kind == SourceKind.Pronoun && prev.Type == EntityType.Person)
        {
            var g = doc.GenderOf(prev);
            if (c.Gender != Gender.Unknown && g != Gender.Unknown && g != c.Gender) return;
        }
        int option = 0;
        for (int i = into.Count - 1; i >= 0 && into[i].Span == c.Span; i--)
            if (into[i].Reading == ReadingKind.Antecedent) option++;
        into.Add(c with { Reading = ReadingKind.Antecedent, Speaker = prev, Option = option, Carried = true });
    }

    /// <summary>The organisations named before the position, nearest first, a preposition's objects last.</summary>
    private static IEnumerable<EntityMention> OrganizationsBefore(QuoteDocument doc, int position)
    {
        int stop = doc.LookBack(position, ParagraphsBack, SentencesBack);
        var seen = new List<EntityMention>();
        for (int i = doc.EntitiesBefore(position) - 1; i >= 0 && seen.Count < MaxAntecedents * 2; i--)
        {
            var m = doc.Entities[i];
            if (m.Span.End > position) continue;
            if (m.Span.Start < stop) break;
            if (m.Type != EntityType.Organization || doc.InsideQuote(m.Span) || Seen(seen, m.Key)) continue;
            seen.Add(m);
        }
        var ordered = new List<EntityMention>(seen.Count);
        foreach (var m in seen) if (!AfterPreposition(doc, m)) ordered.Add(m);
        foreach (var m in seen) if (AfterPreposition(doc, m)) ordered.Add(m);
        return ordered;
    }

    private static bool Seen(List<EntityMention> seen, string key)
    {
        foreach (var s in seen) if (s.Key == key) return true;
        return false;
    }

    /// <summary>
    /// Persons before the position, of a compatible gender, in the resolver's order of preference: its first choice,
    /// then the nearest one whose gender is known to agree, the last speaker, the most mentioned, the nearest others.
    /// </summary>
    private static IEnumerable<EntityMention> PersonsBefore(QuoteDocument doc, int position, Gender wanted, AttributionState state)
    {
        int stop = doc.LookBack(position, ParagraphsBack, SentencesBack);
        var seen = new List<EntityMention>();
        EntityMention? subject = null, lastSpeaker = null, agreeing = null;
        for (int i = doc.EntitiesBefore(position) - 1; i >= 0; i--)
        {
            var m = doc.Entities[i];
            if (m.Span.End > position) continue;
            if (m.Span.Start < stop) break;
            if (m.Type != EntityType.Person || doc.InsideQuote(m.Span)) continue;
            var g = doc.GenderOf(m);
            if (wanted != Gender.Unknown && g != Gender.Unknown && g != wanted) continue;
            if (Seen(seen, m.Key)) continue;
            seen.Add(m);
            if (lastSpeaker is null && state.PreviousKey == m.Key) lastSpeaker = m;
            if (subject is null && !AfterPreposition(doc, m)) subject = m;
            if (agreeing is null && g != Gender.Unknown) agreeing = m;
        }
        if (seen.Count == 0) yield break;
        subject ??= seen[0];
        // Someone named since the last quotation takes "il"; otherwise the last speaker goes on speaking.
        yield return subject.Span.Start > state.PreviousClose || lastSpeaker is null ? subject : lastSpeaker;
        if (agreeing is not null) yield return agreeing;
        if (lastSpeaker is not null) yield return lastSpeaker;
        // The most mentioned: the first of the most mentioned, as a stable sort would give.
        var most = seen[0];
        int mostCount = doc.EntityByKey(most).Count;
        for (int i = 1; i < seen.Count; i++)
        {
            int count = doc.EntityByKey(seen[i]).Count;
            if (count > mostCount) { most = seen[i]; mostCount = count; }
        }
        yield return most;
        foreach (var m in seen) yield return m;
    }

    private static void AddDescribed(QuoteDocument doc, SourceCandidate c, AttributionState state, List<SourceCandidate> into)
    {
        // "le Suédois": the person the text calls so, else a person of its gender named before it; a plural stays unnamed.
        if (c.Demonym)
        {
            if (c.Plural) return;
            AddAntecedents(doc, c, DemonymDescriptions.PersonsDescribed(doc, c), into, roleMatch: true);
            AddAntecedents(doc, c, PersonsBefore(doc, c.Span.Start, c.Gender, state), into, roleMatch: false);
            return;
        }
        string head = "";
        for (int k = c.FirstToken; k <= c.LastToken; k++)
        {
            var w = doc.Tokens[k].Lower;
            if (w is "dernier" or "dernière" or "latter" || doc.IsSourceNoun(k)) { head = w; break; }
        }
        if (head is "dernier" or "dernière" or "latter")
        {
            AddAntecedents(doc, c, PersonsBefore(doc, c.Span.Start, c.Gender, state), into, roleMatch: false);
            return;
        }
        var singular = Singular(head);
        if (IsAuthored(head, singular) && !AddAuthors(doc, c, into) && (SourceNouns.IsWriting(head) || SourceNouns.IsWriting(singular)))
        {
            if (QuoteFeatureSwitches.WritingAuthors) AddWritingAuthor(doc, c, into, earlier: true);
            else AddEarlierAuthor(doc, c, head, into);
        }
        if (TitleWords.IsTitle(head) || TitleWords.IsTitle(singular))
        {
            AddAntecedents(doc, c, PersonsTitled(doc, c, head, singular), into, roleMatch: true);
            // "le porte-parole de la société X", "a spokesman for the agency": a title tied to a body names whoever holds it
            // there, so a person the text gives other roles only is no reading of it (the nearest man named before, else).
            var tie = TitleTie.Of(doc, c);
            AddAntecedents(doc, c, PersonsBefore(doc, c.Span.Start, c.Gender, state).Where(p => MayHoldTitle(doc, c, tie, p, state)), into, roleMatch: false);
        }
        else
        {
            // "le ministère", "the campaign": the last organisation whose name holds the noun.
            for (int i = doc.EntitiesBefore(c.Span.Start) - 1; i >= 0; i--)
            {
                var m = doc.Entities[i];
                if (m.Type != EntityType.Organization || m.Span.End > c.Span.Start) continue;
                if (ContainsWord(m.Name, head) || ContainsWord(m.Name, singular))
                {
                    if (!HasReading(into, c.Span, m.Key)) into.Add(c with { Reading = ReadingKind.Antecedent, Speaker = m, Option = 1, RoleMatch = true });
                    break;
                }
            }
            // "Selon le Courrier du Val, … Le journal précise que …": an outlet taken up by what it is, which its name rarely
            // holds; the nearest organisation named before is the reading (a definite description only: "un journal" is any).
            if (MediaNouns.Contains(head) && c.Kind == SourceKind.Description && !c.Plural)
                foreach (var m in OrganizationsBefore(doc, c.Span.Start))
                {
                    if (!HasReading(into, c.Span, m.Key)) into.Add(c with { Reading = ReadingKind.Antecedent, Speaker = m, Option = 1, RoleMatch = true });
                    break;
                }
        }
        if (SourceNouns.IsBody(head) || SourceNouns.IsBody(singular))
        {
            into.Add(c with { Reading = ReadingKind.Institution, Speaker = null });
            if (QuoteFeatureSwitches.EarlierInstitutionNames && InstitutionNames.EarlierFullName(doc, c, head) is { } name)
                into.Add(c with { Reading = ReadingKind.Institution, Speaker = null, NameSpan = name });
        }
    }

    // The persons given the title, nearest before the description first, then after it in its paragraph.
    private static IEnumerable<EntityMention> PersonsTitled(QuoteDocument doc, SourceCandidate c, string head, string singular)
    {
        int paragraphEnd = doc.Paragraph(doc.ParagraphOf(c.Span.Start)).End;
        EntityMention? after = null;
        for (int i = doc.Entities.Count - 1; i >= 0; i--)
        {
            var m = doc.Entities[i];
            if (m.Type != EntityType.Person || !(HasTitle(doc, m, head) || HasTitle(doc, m, singular))) continue;
            if (m.Span.End <= c.Span.Start) { yield return m; yield break; }
            if (m.Span.Start < paragraphEnd) after = m;
        }
        if (after is not null) yield return after;
    }

    /// <summary>The speaker name an institution reading gives: the description without its determiner ("parquet de Paris"), or the earlier fuller name it takes up.</summary>
    public static string InstitutionName(QuoteDocument doc, SourceCandidate c)
    {
        if (c.NameSpan is { } name) return name.Of(doc.Text);
        int first = c.FirstToken;
        if (first < c.LastToken && !doc.IsSourceNoun(first)) first++;
        return doc.Text[doc.Tokens[first].Span.Start..c.Span.End];
    }

    private static bool IsAuthored(string head, string singular) =>
        SourceNouns.IsWriting(head) || SourceNouns.IsWriting(singular) || SourceNouns.IsBody(head) || SourceNouns.IsBody(singular);

    // The head noun of a description: its first source noun.
    private static string HeadOf(QuoteDocument doc, SourceCandidate c) => HeadIndex(doc, c) is var k and >= 0 ? doc.Tokens[k].Lower : "";

    // The index of a description's head noun, or -1.
    private static int HeadIndex(QuoteDocument doc, SourceCandidate c)
    {
        for (int k = c.FirstToken; k <= c.LastToken; k++)
            if (doc.IsSourceNoun(k)) return k;
        return -1;
    }

    /// <summary>
    /// "le rapport de l'Office régional", "un communiqué du ministère": a writing or a body speaks for the author
    /// named in its complement — the name may run past the description's words (a person's title does not:
    /// "le porte-parole du Quirinal" is not the Quirinal). Whether any was added.
    /// </summary>
    private static bool AddAuthors(QuoteDocument doc, SourceCandidate c, List<SourceCandidate> into)
    {
        bool added = false;
        for (int e = doc.EntitiesBefore(c.Span.Start); e < doc.Entities.Count; e++)
        {
            var m = doc.Entities[e];
            if (m.Span.Start >= c.Span.End) break;
            if (m.Span.Start >= c.Span.Start && m.Type is EntityType.Organization or EntityType.Person)
            {
                into.Add(c with { Reading = ReadingKind.Antecedent, Speaker = m, Option = 0, Authored = true });
                added = true;
            }
        }
        return added;
    }

    /// <summary>
    /// The author a writing speaks for when the recogniser found none in its words (<see cref="WritingAuthors"/>): the
    /// name in its own complement, else (a definite writing: "le document") the author of the last writing named with one.
    /// A name the recogniser missed is read as an institution's name, as a body description's own words are.
    /// </summary>
    private static void AddWritingAuthor(QuoteDocument doc, SourceCandidate c, List<SourceCandidate> into, bool earlier)
    {
        WritingAuthors.Author? author = null;
        for (int k = c.FirstToken; k <= c.LastToken && author is null; k++)
            if (doc.IsSourceNoun(k) && (SourceNouns.IsWriting(doc.Tokens[k].Lower) || SourceNouns.IsWriting(Singular(doc.Tokens[k].Lower))))
                author = WritingAuthors.Of(doc, k);
        if (author is null && earlier) author = WritingAuthors.Earlier(doc, c);
        if (author is not { } a) return;
        if (a.Entity is { } m)
        {
            if (!HasReading(into, c.Span, m.Key)) into.Add(c with { Reading = ReadingKind.Antecedent, Speaker = m, Option = 0, Authored = true });
        }
        else into.Add(c with { Reading = ReadingKind.Institution, Speaker = null, NameSpan = a.Name, Authored = true });
    }

    /// <summary>
    /// "le document", "the report" without a complement: the author of the last writing of the same noun that named
    /// one ("un rapport de l'Inspection … Le rapport ajoute").
    /// </summary>
    private static void AddEarlierAuthor(QuoteDocument doc, SourceCandidate c, string head, List<SourceCandidate> into)
    {
        int stop = Math.Max(0, doc.LookBack(c.Span.Start, ParagraphsBack, SentencesBack));
        for (int k = c.FirstToken - 1; k >= 0 && doc.Tokens[k].Span.Start >= stop; k--)
        {
            if (doc.Tokens[k].Lower != head) continue;
            int j = k + 1;
            if (j + 1 >= doc.Tokens.Length || doc.Tokens[j].Lower is not ("de" or "du" or "des" or "d" or "of" or "from" or "by")) continue;
            int reach = doc.Tokens[Math.Min(doc.Tokens.Length - 1, j + 3)].Span.End;
            for (int e = doc.EntitiesBefore(doc.Tokens[j].Span.End); e < doc.Entities.Count; e++)
            {
                var m = doc.Entities[e];
                if (m.Span.Start >= reach) break;
                if (m.Span.Start < doc.Tokens[j].Span.End || m.Type is not (EntityType.Organization or EntityType.Person)) continue;
                if (!HasReading(into, c.Span, m.Key))
                    into.Add(c with { Reading = ReadingKind.Antecedent, Speaker = m, Option = 0, Authored = true });
                return;
            }
        }
    }

    // Outlets named by what they are: "le journal", "le quotidien", "the paper", "the network".
    private static readonly WordSet MediaNouns = new("journal quotidien hebdomadaire magazine chaîne radio télévision newspaper paper daily network broadcaster");

    private static string Singular(string w) => w.Length > 3 && w[^1] is 's' or 'x' ? w[..^1] : w;

    /// <summary>
    /// What ties a title description to whoever holds it, read once per description: a possessive title's head ("son
    /// porte-parole" → "porte-parole"), or the first word of the named body its complement gives ("le porte-parole du Crédit
    /// maritime" → "crédit", "a spokeswoman for the Harbour Agency" → "harbour", "le porte-parole de la société Norvalis" →
    /// "société"). Neither for a description that is no title, has no complement, or whose complement names no entity of the
    /// text ("le doyen de la faculté", "le président de la commission": such roles are held by people named without them).
    /// </summary>
    private readonly record struct TitleTie(string? PossessiveHead, string? Body)
    {
        public static TitleTie Of(QuoteDocument doc, SourceCandidate c)
        {
            var tokens = doc.Tokens;
            int head = HeadIndex(doc, c);
            if (head < 0 || !(TitleWords.IsTitle(tokens[head].Lower) || TitleWords.IsTitle(Singular(tokens[head].Lower)))) return default;
            if (tokens[c.FirstToken].Lower is "son" or "sa" or "ses" or "leur" or "leurs" or "his" or "her" or "its" or "their")
                return new TitleTie(tokens[head].Lower, null);
            for (int k = head + 1; k <= head + 3 && k + 1 < tokens.Length; k++)
            {
                if (tokens[k].Lower is not ("de" or "du" or "des" or "d" or "of" or "for" or "at")) continue;
                int j = k + 1;
                if (tokens[j].Lower is "la" or "le" or "l" or "les" or "the" && j + 1 < tokens.Length) j++;
                var word = tokens[j].Lower;
                if (word.Length < 3 || !char.IsLetter(word[0])) return default;
                return NamesEntity(doc, tokens[j].Span.Start, j + 1 < tokens.Length ? tokens[j + 1].Span.End : tokens[j].Span.End)
                    ? new TitleTie(null, word) : default;
            }
            return default;
        }
    }

    // Whether an organisation or place the recogniser found starts inside the span (the complement's first two words).
    private static bool NamesEntity(QuoteDocument doc, int start, int end)
    {
        for (int i = doc.EntitiesBefore(start); i < doc.Entities.Count; i++)
        {
            var m = doc.Entities[i];
            if (m.Span.Start >= end) break;
            if (m.Span.Start >= start && m.Type is EntityType.Organization or EntityType.Place) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a person the text does not give the description's title may still be what it describes. A title tied to a named
    /// body ("le porte-parole du Crédit maritime", "a spokesman for the Harbour Agency") describes someone the text ties to that
    /// body, or one it gives no role and has just named or quoted ("… a martelé Jean Roux. Le directeur de la Caisse, qui …":
    /// the description says who the person is); not a person with other roles ("le préfet", "the governor"), nor one named
    /// paragraphs before. A possessive title ("son porte-parole", "its spokesman") is someone else than whoever "son" stands for,
    /// so only a person the text gives that title reads it. Other descriptions ("le ministre") read any person.
    /// </summary>
    private static bool MayHoldTitle(QuoteDocument doc, SourceCandidate c, TitleTie tie, EntityMention person, AttributionState state)
    {
        if (tie.PossessiveHead is { } head) return HasTitle(doc, person, head) || HasTitle(doc, person, Singular(head));
        if (tie.Body is not { } body) return true;
        if (HasTitle(doc, person, body)) return true;
        if (doc.RolesOf(person).Count > 0) return false;
        return state.PreviousKey == person.Key || person.Span.Start >= PreviousSentenceStart(doc, c.Span.Start);
    }

    private static int PreviousSentenceStart(QuoteDocument doc, int position)
    {
        var current = doc.SentenceAt(position);
        return current.Start > 0 ? doc.SentenceAt(current.Start - 1).Start : current.Start;
    }

    private static bool HasTitle(QuoteDocument doc, EntityMention m, string title)
    {
        foreach (var r in doc.RolesOf(m))
            if (ContainsWord(r, title)) return true;
        return false;
    }

    private static bool ContainsWord(string phrase, string word)
    {
        if (word.Length == 0) return false;
        int i = phrase.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        while (i >= 0)
        {
            bool startOk = i == 0 || !char.IsLetter(phrase[i - 1]);
            int e = i + word.Length;
            bool endOk = e >= phrase.Length || !char.IsLetter(phrase[e]) || phrase[e] is 's' && (e + 1 >= phrase.Length || !char.IsLetter(phrase[e + 1]));
            if (startOk && endOk) return true;
            i = phrase.IndexOf(word, i + 1, StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    /// <summary>"à X", "de X", "to X", "with X": the person is an object, less likely the one referred to as "il".</summary>
    public static bool AfterPreposition(QuoteDocument doc, EntityMention m) => doc.Placement(m).AfterPreposition;

    public static bool IsPreposition(string lower) => lower is "à" or "au" or "aux" or "de" or "du" or "d" or "pour" or "avec" or "contre" or "sur" or "chez" or "envers"
        or "to" or "of" or "for" or "with" or "against" or "about" or "on" or "at" or "from" or "than" or "over" or "toward" or "towards";
}
