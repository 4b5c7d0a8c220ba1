using System.Collections.Immutable;
using Recoupe.Evaluation.Ner;
using Recoupe.Mentions.Entities;
using Recoupe.Mentions.Lexicon;
using Recoupe.Model;

namespace Recoupe.Mentions.Ner;

/// <summary>
/// Named entities from a trained sequence labeller (averaged structured perceptron over hashed features, Viterbi
/// with BIO constraints; see Training/): French and English models ship with the code. Around the labeller, what
/// the engine needs of a mention: keys that group a document's variants (surname alone, acronyms), and roles ("le porte-parole du Quirinal, X").
/// Languages without a model go to the rule recogniser.
/// </summary>
public sealed class StatisticalEntityRecognizer(Func<string, NerModel?> models, IEntityRecognizer fallback) : IEntityRecognizer
{
    public StatisticalEntityRecognizer() : this(NerModels.For, new EntityRecognizer()) { }

    public ImmutableArray<EntityMention> Recognize(AnnotationContext context) => Recognize(context, NerConventions.Modern);

    /// <summary>Whether text in this language goes to a trained model (else to the rules).</summary>
    public bool HasModel(string language) => models(language) is not null;

    /// <summary>
    /// Entities under a given annotation convention: "modern" for news; the eval suites ask for a corpus's own
    /// convention (HIPE puts titles inside person mentions).
    /// </summary>
    public ImmutableArray<EntityMention> Recognize(AnnotationContext context, string convention)
    {
        var text = context.Text;
        if (string.IsNullOrEmpty(text)) return [];
        var language = context.Language is "en" ? "en" : context.Language is "fr" ? "fr" : context.Language;
        if (models(language) is not { } model) return fallback.Recognize(context);
        // One scan of the words serves the rule evidence and the passes after labelling.
        var words = WordScanner.Scan(text, context.Sentences);
        var rules = model.UsesRuleEvidence ? RuleEvidence.Recognize(text, language, context.Sentences, words) : default;
        var view = NerDocumentView.Build(text, context.Sentences, language, rules, model.SplitsLostDashes);
        var spans = NerTagger.Tag(model, view, convention);
        LabelConsistency.Propagate(view, spans);
        if (spans.Count == 0) return [];
        var candidates = SpanCandidates(text, words, rules, spans, model, convention);
        AssignKeys(text, candidates, language);
        AttachRoles(text, words, candidates);
        return WithNestedPlaces(text, words, view, spans, candidates, language);
    }

    // The passes after labelling, in four steps the bench times one by one (`bench annotate --stage "entities: after"`).

    /// <summary>The labeller's spans as candidates over the scanner's words, cut or extended to the convention's
    /// spans, with the names the labeller leaves untagged that rules add (country codes, bracketed acronyms).</summary>
    internal static List<Candidate> SpanCandidates(string text, Word[] words, ImmutableArray<EntityMention> rules, List<NerSpan> spans,
        NerModel model, string convention)
    {
        var candidates = ToCandidates(text, words, spans);
        if (convention == NerConventions.Modern && !rules.IsDefaultOrEmpty) CutRolesOffNames(text, words, rules, candidates);
        // A model that learned one notion of a person's span across corpora follows the convention asked for (NewsEye keeps
        // honorifics too); an earlier one learned HIPE's from HIPE and keeps the old rule.
        // Titles likewise, for a model that stores how (HIPE-2020 keeps "général Dufour" whole, Le Temps keeps "Dufour").
        if (model.TitlesByConvention && NerConventions.LeavesTitlesOut(convention)) CutTitles(text, words, candidates);
        else if (model.LearnedTitlesOutside && NerConventions.KeepsTitles(convention)) AddTitles(text, words, candidates);
        bool byConvention = model.HonorificsByConvention;
        if (byConvention && NerConventions.KeepsHonorifics(convention)) AddHonorifics(text, words, candidates);
        else if (byConvention || NerConventions.WeightsOf(convention) != NerConventions.Hipe) StripHonorifics(text, words, candidates);
        CountriesArePlaces(text, candidates);
        if (convention == NerConventions.Modern)
        {
            AddCountryCodes(text, words, candidates);
            PressTitles.Apply(text, words, candidates);
            NamePairs.Apply(text, candidates);
            if (model.Language == "fr") CommonNounCapitals.Apply(text, words, candidates);
        }
        AddBracketedAcronyms(text, words, candidates);
        return candidates;
    }

    /// <summary>
    /// The labeller's types stand, but for names the key rules tie to another mention: a surname alone takes its full
    /// name's type, an acronym its long form's (CoNLL tune F1 0.904 with this, 0.903 without; a majority type per
    /// name cost 0.017: the second pass already reads the document's other occurrences).
    /// </summary>
    internal static void AssignKeys(string text, List<Candidate> candidates, string language) =>
        DocumentKeys.Assign(text, candidates, language, unifyTypes: false);

    /// <summary>Roles of persons, and the portfolios inside those roles dropped as entities of their own.</summary>
    internal static void AttachRoles(string text, Word[] words, List<Candidate> candidates)
    {
        RoleAttacher.Attach(text, words, candidates);
        DropPortfoliosInRoles(text, candidates);
    }

    /// <summary>The mentions, with the places nested in organisations' names (which join after the key and role passes,
    /// as those read names as a flat sequence).</summary>
    internal static ImmutableArray<EntityMention> WithNestedPlaces(string text, Word[] words, NerDocumentView view, List<NerSpan> spans,
        List<Candidate> candidates, string language)
    {
        var nested = NestedPlaces(text, words, view, spans);
        foreach (var n in nested) n.Key = Names.NameKey.For(EntityType.Place, n.Name, language);
        if (nested.Count > 0)
        {
            candidates.AddRange(nested);
            candidates.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        }
        var result = ImmutableArray.CreateBuilder<EntityMention>(candidates.Count);
        foreach (var c in candidates)
        {
            string? role = c.RoleSpan is { } r ? DisplayName.Of(text.AsSpan(r.Start, r.Length)) : null;
            result.Add(new EntityMention(new TextSpan(c.Start, c.End), c.Type, c.Name, c.Key, role, c.RoleSpan));
        }
        return result.ToImmutable();
    }

    /// <summary>
    /// "Comité de vigilance portuaire de Norvège", "Banque de France": a country or town the gazetteer knows inside an
    /// institution's name is a mention of that place too (HIPE's nested entities), so that it counts and links as one.
    /// The outer name stays what the labeller said; scorers of flat corpora keep outermost mentions only.
    /// </summary>
    private static List<Candidate> NestedPlaces(string text, Word[] words, NerDocumentView view, List<NerSpan> spans)
    {
        var tokens = view.Tokens;
        var result = new List<Candidate>();
        foreach (var s in spans)
        {
            if (s.Type is not (2 or 3)) continue;
            for (int k = s.FirstToken + 1; k <= s.LastToken; k++)
            {
                if ((tokens[k].Flags & LexiconFlags.PlaceBegin) == 0) continue;
                int last = k;
                while (last + 1 <= s.LastToken && (tokens[last + 1].Flags & LexiconFlags.PlaceInside) != 0) last++;
                if (last + 1 < tokens.Length && (tokens[last + 1].Flags & LexiconFlags.PlaceInside) != 0) break; // the place runs past the name
                result.AddRange(ToCandidates(text, words, [new NerSpan(tokens[k].Start, tokens[last].End, 1, k, last)]));
                k = last;
            }
        }
        return result;
    }

    /// <summary>
    /// "le ministre de l'Intérieur Jacques Moreau" tagged as one name from "Intérieur": where the labeller's name starts
    /// with a capitalised portfolio word inside the title the rule recogniser attached to a person and runs over that
    /// person's name, the name is the
    /// person's, as the rules read it (the modern corpora leave titles out of names; HIPE's keep them, so modern only).
    /// Tune F1 unchanged (WikiNEuRal 0.8665, `--select` model).
    /// </summary>
    private static void CutRolesOffNames(string text, Word[] words, ImmutableArray<EntityMention> rules, List<Candidate> candidates)
    {
        foreach (var r in rules)
        {
            if (r.RoleSpan is not { } role || role.End > r.Span.Start) continue;
            foreach (var c in candidates)
            {
                if (c.Start < role.Start || c.Start >= role.End || c.End != r.Span.End) continue;
                // Only from a capitalised portfolio word ("Intérieur"): a lower-case head the rules took for a title
                // ("îles", "rapport") belongs to the name in the modern corpora.
                var head = words[c.First];
                if (head.Shape != WordShape.Capitalized || !PortfolioWords.IsPortfolio(text.Substring(head.Start, head.Length))) continue;
                int first = c.First;
                while (first <= c.Last && words[first].Start < r.Span.Start) first++;
                if (first > c.Last || words[first].Start != r.Span.Start) continue;
                c.StartAt(first, words[first].Start);
                c.Name = DisplayName.Of(text.AsSpan(c.Start, c.End - c.Start));
                c.Type = r.Type;
            }
        }
    }

    /// <summary>
    /// "M. Dufresnoy", "Mme Aubertin": an honorific is the person's title, not part of the name (WikiNEuRal and CoNLL leave it
    /// out, Europeana too; HIPE and NewsEye keep it: see <see cref="NerConventions.KeepsHonorifics"/>). With it gone, "Dufresnoy" and "Paul Dufresnoy" share a key.
    /// </summary>
    private static void StripHonorifics(string text, Word[] words, List<Candidate> candidates)
    {
        foreach (var c in candidates)
        {
            if (c.Type != EntityType.Person || c.IsSingleWord || !TitleWords.IsHonorific(words[c.First].Lower)) continue;
            int first = c.First + 1;
            c.StartAt(first, words[first].Start);
            c.Name = DisplayName.Of(text.AsSpan(c.Start, c.End - c.Start));
        }
    }

    /// <summary>"général Dufour" -> "Dufour" under a convention whose person spans leave titles out (<see cref="NerConventions.LeavesTitlesOut"/>).</summary>
    internal static void CutTitles(string text, Word[] words, List<Candidate> candidates)
    {
        foreach (var c in candidates)
        {
            if (c.Type != EntityType.Person || c.IsSingleWord) continue;
            int n = TitleSpans.LeadingLength(text, new TextSpan(c.Start, c.End));
            if (n == 0) continue;
            int start = c.Start + n, first = c.First + 1;
            while (first < c.Last && words[first].Start < start) first++;
            if (words[first].Start != start) continue;
            c.StartAt(first, start);
            c.Name = DisplayName.Of(text.AsSpan(c.Start, c.End - c.Start));
        }
    }

    /// <summary>"Dufour" -> "général Dufour" under a convention whose person spans hold the title (<see cref="NerConventions.KeepsTitles"/>),
    /// for a model that learned spans without it; a title already inside another candidate stays there.</summary>
    internal static void AddTitles(string text, Word[] words, List<Candidate> candidates) =>
        ExtendPersonsLeft(text, words, candidates, TitleSpans.Before, unlessInsideAnother: true);

    /// <summary>"M. Dufresnoy" under a convention whose person spans hold the honorific (<see cref="NerConventions.KeepsHonorifics"/>).</summary>
    private static void AddHonorifics(string text, Word[] words, List<Candidate> candidates) =>
        ExtendPersonsLeft(text, words, candidates, HonorificSpans.Before, unlessInsideAnother: false);

    /// <summary>
    /// Moves the start of each person candidate (not at the first word) back to where <paramref name="wordBefore"/> says the word
    /// in front of it begins (a title, an honorific), when that is a word boundary.
    /// </summary>
    private static void ExtendPersonsLeft(string text, Word[] words, List<Candidate> candidates, Func<string, int, int> wordBefore, bool unlessInsideAnother)
    {
        foreach (var c in candidates)
        {
            if (c.Type != EntityType.Person || c.First == 0) continue;
            int start = wordBefore(text, c.Start);
            if (start == c.Start) continue;
            int first = c.First - 1;
            while (first > 0 && words[first].Start > start) first--;
            if (words[first].Start != start) continue;
            if (unlessInsideAnother && candidates.Any(o => o != c && o.Start <= start && o.End > start)) continue;
            c.StartAt(first, start);
            c.Name = DisplayName.Of(text.AsSpan(c.Start, c.End - c.Start));
        }
    }

    /// <summary>
    /// "le ministre de la Défense Ursula Klein": a portfolio inside the title attached to a person belongs to that title
    /// (the role), it is no entity of its own.
    /// </summary>
    private static void DropPortfoliosInRoles(string text, List<Candidate> candidates)
    {
        // Loops, not LINQ over a list of roles: this runs on every document, and most have a titled person.
        int count = candidates.Count, kept = 0;
        Span<bool> drop = count <= 1024 ? stackalloc bool[count] : new bool[count];
        for (int i = 0; i < count; i++)
        {
            var c = candidates[i];
            drop[i] = c.Type != EntityType.Person && c.IsSingleWord && InsideARole(candidates, new TextSpan(c.Start, c.End))
                && PortfolioWords.IsPortfolio(text.Substring(c.Start, c.End - c.Start));
        }
        for (int i = 0; i < count; i++)
            if (!drop[i]) candidates[kept++] = candidates[i];
        if (kept < count) candidates.RemoveRange(kept, count - kept);
    }

    private static bool InsideARole(List<Candidate> candidates, TextSpan span)
    {
        foreach (var p in candidates)
            if (p.Type == EntityType.Person && p.RoleSpan is { } role && role.Contains(span)) return true;
        return false;
    }

    /// <summary>
    /// A mention whose whole name is a country the gazetteer knows ("République populaire démocratique de Corée", "USA") is
    /// that country, as both training corpora's guidelines say, even where the text makes it act like an institution,
    /// so that it joins the country's other names (tune F1: WikiNEuRal and HIPE unchanged, CoNLL 0.909 -> 0.907).
    /// </summary>
    private static void CountriesArePlaces(string text, List<Candidate> candidates)
    {
        foreach (var c in candidates)
        {
            if (c.Type == EntityType.Place) continue;
            var name = text.AsSpan(c.Start, c.End - c.Start);
            if (Gazetteers.Places.Lookup(name) is { Kind: Gazetteers.PlaceKind.Country } || name.Length <= 5 && Gazetteers.Places.LookupCode(name.ToString()) is not null)
                c.Type = EntityType.Place;
        }
    }

    /// <summary>
    /// A word in capitals that the gazetteer knows as a country's code or usual acronym ("USA", "RPDC") names that country
    /// wherever the labeller left it untagged: such acronyms are too rare in the training corpora for their weights to be
    /// stable (one retraining on cleaner historical data lost both in the seeds). Modern convention only: old print sets
    /// headlines and signatures in capitals. Tune F1 unchanged (WikiNEuRal 0.8665, CoNLL 0.9166, `--select` models).
    /// </summary>
    private static void AddCountryCodes(string text, Word[] words, List<Candidate> candidates)
    {
        int count = candidates.Count, c = 0;
        for (int w = 0; w < words.Length; w++)
        {
            var word = words[w];
            // Not in a headline set in capitals, where codes collide with words ("ARMENIA AND PORTUGAL": Andorra's code).
            if (word.Shape != WordShape.AllCaps || word.Headline || word.Length is < 2 or > 5) continue;
            while (c < count && candidates[c].End <= word.Start) c++;
            if (c < count && candidates[c].Start < word.End) continue; // inside a mention
            if (Gazetteers.Places.LookupCode(text.Substring(word.Start, word.Length)) is null) continue;
            candidates.Add(new Candidate(w, w, EntityType.Place, word.Start, word.End, text.Substring(word.Start, word.Length)));
        }
        if (candidates.Count > count) candidates.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
    }

    /// <summary>
    /// "Comité de vigilance portuaire (CVP)": a word in capitals alone in brackets right after an organisation's name is
    /// that organisation's acronym (Schwartz &amp; Hearst's definition pattern; its letters may come from another language,
    /// so they are not checked). The key pass then gives it the name's key.
    /// </summary>
    private static void AddBracketedAcronyms(string text, Word[] words, List<Candidate> candidates)
    {
        int count = candidates.Count;
        for (int i = 0; i < count; i++)
        {
            var c = candidates[i];
            if (c.Type != EntityType.Organization || c.Last + 1 >= words.Length) continue;
            var w = words[c.Last + 1];
            if (w.Shape != WordShape.AllCaps || w.Length is < 2 or > 8) continue;
            if (text.AsSpan(c.End, w.Start - c.End).Trim() is not "(" || w.End >= text.Length || text[w.End] != ')') continue;
            if (i + 1 < count && candidates[i + 1].Start < w.End) continue; // already a mention
            candidates.Add(new Candidate(c.Last + 1, c.Last + 1, EntityType.Organization, w.Start, w.End, text.Substring(w.Start, w.Length)));
        }
        if (candidates.Count > count) candidates.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
    }

    // Each span becomes a candidate over the scanner's words (the role and key passes work on words); a span holding
    // no word (a lone mark) is dropped.
    private static List<Candidate> ToCandidates(string text, Word[] words, List<NerSpan> spans)
    {
        var candidates = new List<Candidate>(spans.Count);
        int w = 0;
        foreach (var s in spans)
        {
            while (w < words.Length && words[w].End <= s.Start) w++;
            int first = w, last = w - 1;
            while (last + 1 < words.Length && words[last + 1].Start < s.End) last++;
            if (last < first) continue;
            var name = DisplayName.Of(text.AsSpan(s.Start, s.End - s.Start));
            candidates.Add(new Candidate(first, last, NerLabels.EntityTypeOf(s.Type), s.Start, s.End, name));
        }
        return candidates;
    }
}
