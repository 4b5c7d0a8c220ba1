using System.Runtime.InteropServices;
using Recoupe.Mentions.Gazetteers;
using Recoupe.Model;

namespace Recoupe.Mentions.Quotes.Attribution;

/// <summary>
/// The features of one (quotation, candidate source) pair that the speaker ranker weighs: the kind of words,
/// where they stand (sentence, paragraph, distance), how they relate to the speech cues (subject of the verb before
/// the quote, inverted "a-t-il ajouté", "selon X", "”, X said"), their grammar (after a preposition, first in the
/// sentence, a possessive), the previous quotation's speaker, how often the entity is named and has spoken, and
/// gender agreement with the cue's pronoun. The names are the model file's keys: rename one and retrain.
/// </summary>
internal static class SpeakerFeatures
{
    private static readonly List<string> names = [];
    private static int F(string name) { names.Add(name); return names.Count - 1; }

    public static readonly int KindPerson = F("kind.person"), KindOrganization = F("kind.organization"), KindPlace = F("kind.place"),
        KindOther = F("kind.other_entity"), KindPronoun = F("kind.pronoun"), KindPluralPronoun = F("kind.plural_pronoun"),
        KindGenericPronoun = F("kind.generic_pronoun"), KindDescription = F("kind.description"), KindIndefinite = F("kind.indefinite"),
        KindNobody = F("kind.nobody"), KindRelative = F("kind.relative_pronoun"), KindNeuter = F("kind.neuter_pronoun");
    public static readonly int SameSentenceBefore = F("pos.same_sentence_before"), SameSentenceAfter = F("pos.same_sentence_after"),
        PreviousSentence = F("pos.previous_sentence"), NextSentence = F("pos.next_sentence"), PreviousParagraph = F("pos.previous_paragraph"),
        EarlierParagraph = F("pos.earlier_paragraph"), NextParagraph = F("pos.next_paragraph"), Between = F("pos.inside_quote_span");
    public static readonly int Distance = F("dist.log_tokens"), NearestBefore = F("dist.nearest_before"), NearestAfter = F("dist.nearest_after"),
        RankBefore = F("dist.log_rank_before");
    public static readonly int SubjectOfCueBefore = F("cue.subject_of_cue_before"), LastBeforeCueBefore = F("cue.last_before_cue_before"),
        AfterCueBefore = F("cue.after_cue_before"), BetweenQuoteAndCueAfter = F("cue.between_quote_and_cue_after"),
        AfterCueAfter = F("cue.right_after_cue_after"), FirstAfterCueAfter = F("cue.first_after_cue_after"),
        InvertedPronoun = F("cue.inverted_pronoun"), According = F("cue.according_to"), AccordingAfterCue = F("cue.according_to_after_cue"), NoCue = F("cue.none_nobody"),
        ColonSentence = F("cue.colon_same_sentence"), BlockPreviousParagraph = F("cue.block_previous_paragraph"),
        ColonPreviousParagraph = F("cue.previous_paragraph_ends_colon"), CueAfterSubjectMissing = F("cue.after_without_subject");
    public static readonly int AfterPreposition = F("gram.after_preposition"), Agent = F("gram.after_by"), SentenceFirst = F("gram.sentence_first"),
        Possessive = F("gram.possessive"), HasRole = F("gram.has_role"), PronounSubject = F("gram.pronoun_before_verb"),
        Impersonal = F("gram.impersonal_pronoun"), Apposition = F("gram.inside_apposition"),
        InsideIndefinite = F("gram.inside_indefinite_description"), InsideDescription = F("gram.inside_definite_description");
    public static readonly int FullName = F("name.given_and_surname"), LoneWord = F("name.one_word_only"), Honorific = F("name.titled");
    public static readonly int PreviousSpeaker = F("prev.same_speaker"), PreviousSpeakerNoCue = F("prev.same_speaker_no_cue"), PreviousSpeakerCue = F("prev.same_speaker_with_cue"),
        PreviousSpeakerSameParagraph = F("prev.same_speaker_same_paragraph"), PreviousSpeakerNear = F("prev.same_speaker_near"),
        SpokenBefore = F("count.log_quotes_before"), Mentions = F("count.log_mentions");
    public static readonly int GenderClash = F("agree.gender_clash"), PluralResolved = F("res.plural");
    public static readonly int ResAntecedent = F("res.antecedent"), ResOption = F("res.antecedent_log_option"), ResGenderAgrees = F("res.gender_agrees"),
        ResGenderUnknown = F("res.gender_unknown"), ResRoleMatch = F("res.role_match"), ResDistance = F("res.log_paragraphs_back"),
        ResAfterPreposition = F("res.antecedent_after_preposition"), ResInside = F("res.antecedent_in_words"), ResOrganization = F("res.antecedent_organization"),
        ResSentenceFirst = F("res.antecedent_sentence_first"), ResInstitution = F("res.institution"), ResUnnamedPronoun = F("res.unnamed_pronoun"),
        ResUnnamedDescription = F("res.unnamed_description"), ResCarried = F("res.carried_previous_speaker"),
        ResAuthored = F("res.author_of_writing");
    public static readonly int ShortNobody = F("quote.short_nobody"), HeadlineNobody = F("quote.headline_nobody"), IndirectNobody = F("quote.indirect_nobody");
    // Unnamed-source cues (UnnamedSourceCues), computed only when UnnamedCues is on: zero otherwise, so a model trained
    // without them scores as before.
    public static readonly int UnnamedAnonymity = F("unnamed.anonymity_near"), UnnamedCircle = F("unnamed.circle_description"),
        UnnamedIndefiniteAntecedent = F("unnamed.indefinite_antecedent"), LabelledName = F("unnamed.labelled_name");

    // Institution names and opinion cues (issue 13, session 11), computed only when their switches are on.
    public static readonly int InstitutionNamed = F("res.institution_names_something"), InstitutionEarlier = F("res.institution_earlier_name"),
        PourOpening = F("cue.pour_opening"), RelativeSubject = F("cue.relative_subject_of_cue_before");
    // The last speaker going on (issue 13, session 11), computed only when its switch is on.
    public static readonly int PreviousSpeakerOpensParagraph = F("prev.same_speaker_opens_paragraph_no_cue");
    // The author of a speech noun (issue 13, session 11), computed only when its switch is on.
    public static readonly int SpeechNounAuthor = F("cue.author_of_speech_noun");
    // A first-person "I" as a cue's subject (issue 13, session 12), a candidate only when CueSubjects is on.
    public static readonly int KindFirstPerson = F("kind.first_person");
    // A people noun as a description ("le Suédois"; issue 13, session 13), a candidate only when DemonymSources is on.
    public static readonly int KindDemonym = F("kind.people_noun");
    // The first unintroduced words of the quotation's sentence before it, and a pronoun opening a subordinate clause
    // (ClauseSubjects; issue 13, session 15), computed only when their switches are on.
    public static readonly int ClauseSubjectBefore = F("gram.clause_subject_before"), SubordinatePronoun = F("gram.subordinate_pronoun");

    private static bool UnnamedCues => QuoteFeatureSwitches.UnnamedCues;

    public static IReadOnlyList<string> Names => names;
    public static int Count => names.Count;

    /// <summary>
    /// Fills <paramref name="x"/> (length <see cref="Count"/>, zeroed) for candidate <paramref name="i"/> of the candidates.
    /// </summary>
    public static void Compute(QuoteDocument doc, QuoteFrame f, List<SourceCandidate> candidates, int i, AttributionState state, Span<float> x)
    {
        Words(doc, f, candidates, i, x);
        ListPlace(doc, candidates, i, x);
        Reading(doc, f, candidates[i], state, x);
    }

    /// <summary>
    /// The features that depend on where this reading stands in the candidate list, not on the words alone: "first in
    /// the sentence" counts every candidate before it, the earlier readings of the same words included, so only the
    /// words' first reading can have it. Training has always computed it so (the shipped weights learned it that way);
    /// run time computes it per reading too (<see cref="SpeakerRanker.Rank"/>), which once shared the first reading's
    /// value with all the others (issue 13, session 15).
    /// </summary>
    public static void ListPlace(QuoteDocument doc, List<SourceCandidate> candidates, int i, Span<float> x)
    {
        if (candidates[i].Kind == SourceKind.Nobody) return;
        x[SentenceFirst] = IsSentenceFirst(doc, candidates, i) ? 1 : 0;
    }

    /// <summary>The features of the words alone (kind, place, cues, grammar): the same for all their readings.</summary>
    public static void Words(QuoteDocument doc, QuoteFrame f, List<SourceCandidate> candidates, int i, Span<float> x)
    {
        var c = candidates[i];
        var q = f.Passage;
        x[KindOf(c.Kind)] = 1;
        if (c.Demonym) x[KindDemonym] = 1;
        if (c.Kind == SourceKind.Nobody)
        {
            bool noCue = f.CueBefore < 0 && f.CueAfter < 0 && f.According < 0;
            if (noCue) x[NoCue] = 1;
            if (f.Words <= 3) x[ShortNobody] = 1;
            if (f.Paragraph == 0) x[HeadlineNobody] = 1;
            if (f.Indirect) x[IndirectNobody] = 1;
            if (UnnamedCues && UnnamedSourceCues.AnonymityNear(doc, f)) x[UnnamedAnonymity] = 1;
            return;
        }
        var tokens = doc.Tokens;
        int openTok = doc.FirstTokenAtOrAfter(q.OpenMark), closeTok = doc.FirstTokenAtOrAfter(q.CloseMark);
        bool before = c.Span.End <= q.OpenMark;
        bool after = c.Span.Start >= q.CloseMark;
        int paragraph = doc.ParagraphOf(c.Span.Start);
        int closeParagraph = doc.ParagraphOf(q.CloseMark);
        if (!before && !after) x[Between] = 1;
        else if (before && f.OpenSentence.Contains(c.Span.Start) && paragraph == f.Paragraph) x[SameSentenceBefore] = 1;
        else if (after && (f.CloseSentence.Contains(c.Span.Start) || c.Span.Start < f.CloseSentence.End) && paragraph == closeParagraph) x[SameSentenceAfter] = 1;
        else if (before && paragraph == f.Paragraph) x[PreviousSentence] = 1;
        else if (after && paragraph == closeParagraph) x[NextSentence] = 1;
        else if (before && paragraph == f.Paragraph - 1) x[PreviousParagraph] = 1;
        else if (before) x[EarlierParagraph] = 1;
        else x[NextParagraph] = 1;

        int gap = before ? openTok - c.LastToken - 1 : after ? c.FirstToken - closeTok : 0;
        x[Distance] = MathF.Log(1 + Math.Max(0, gap)) / 3;
        int rankBefore = 0, rankAfter = 0;
        var all = CollectionsMarshal.AsSpan(candidates);
        for (int j = 0; j < all.Length - 1; j++)
        {
            ref readonly var o = ref all[j];
            if (!o.FirstReading) continue;
            if (before && o.Span.End <= q.OpenMark && o.FirstToken > c.FirstToken) rankBefore++;
            if (after && o.Span.Start >= q.CloseMark && o.FirstToken < c.FirstToken) rankAfter++;
        }
        if (before && rankBefore == 0) x[NearestBefore] = 1;
        if (after && rankAfter == 0) x[NearestAfter] = 1;
        if (before) x[RankBefore] = MathF.Log(1 + rankBefore) / 2;

        // The speech cues.
        if (f.CueBefore >= 0 && before)
        {
            int cue = f.CueBefore;
            if (c.LastToken < cue)
            {
                if (IsSubjectOf(doc, c, cue)) x[SubjectOfCueBefore] = 1;
                if (!AnyWordsBetween(candidates, c.LastToken, cue)
                    && tokens[cue].Span.Start >= f.OpenSentence.Start && c.Span.Start >= Math.Min(f.OpenSentence.Start, tokens[cue].Span.Start))
                    x[LastBeforeCueBefore] = 1;
            }
            else if (c.FirstToken > cue && c.LastToken < openTok) x[AfterCueBefore] = 1;
        }
        if (f.CueAfter >= 0 && after)
        {
            int cue = f.CueAfter;
            if (c.LastToken < cue && c.FirstToken >= f.TokenAfter) x[BetweenQuoteAndCueAfter] = 1;
            else if (c.FirstToken == cue && f.InvertedPronoun is not null) x[InvertedPronoun] = 1;
            else if (c.FirstToken > cue)
            {
                if (c.FirstToken - cue <= 4) x[AfterCueAfter] = 1;
                if (!AnyWordsStartingBetween(candidates, cue, c.FirstToken) && SameSentence(doc, cue, c.FirstToken))
                    x[FirstAfterCueAfter] = 1;
            }
            if (f.InvertedPronoun is null && !AnyWordsStartingBetween(candidates, f.TokenAfter - 1, cue + 5))
                x[CueAfterSubjectMissing] = 1;
        }
        if (f.According >= 0 && c.FirstToken > f.According && c.FirstToken - f.According <= 3
            && !AnyWordsStartingBetween(candidates, f.According, c.FirstToken))
            x[f.CueAfter >= 0 && f.CueAfter < f.According ? AccordingAfterCue : According] = 1; // "», a-t-il dit, selon le journal X": X reports
        if (QuoteFeatureSwitches.OpinionCues && before)
        {
            if (OpinionCues.AfterOpeningPour(doc, f, c, candidates)) x[PourOpening] = 1;
            if (f.CueBefore >= 0 && c.LastToken < f.CueBefore && OpinionCues.RelativeSubjectOfCue(doc, c, f.CueBefore)) x[RelativeSubject] = 1;
        }
        if (QuoteFeatureSwitches.SpeechNouns && (before && f.OpenSentence.Contains(c.Span.Start) || after && c.Span.Start < f.CloseSentence.End)
            && OpinionCues.AuthorOfSpeechNoun(doc, f, c)) x[SpeechNounAuthor] = 1;
        if (QuoteFeatureSwitches.ClauseSubjects && before && ClauseSubjects.IsFirstSubjectBefore(doc, f, candidates, i)) x[ClauseSubjectBefore] = 1;
        if (QuoteFeatureSwitches.SubordinatePronouns && ClauseSubjects.IsSubordinatePronoun(doc, c)) x[SubordinatePronoun] = 1;
        if (f.ColonBefore && before && f.OpenSentence.Contains(c.Span.Start)) x[ColonSentence] = 1;
        if (before && paragraph == f.Paragraph - 1)
        {
            if (f.StartsParagraph) x[BlockPreviousParagraph] = 1;
            if (EndsWithColon(doc, doc.Paragraph(paragraph))) x[ColonPreviousParagraph] = 1;
        }

        // Grammar around the words.
        if (c.FirstToken > 0)
        {
            int start = c.IsEntity && c.Entity?.RoleSpan is { } role && role.End <= c.Span.Start ? role.Start : c.Span.Start;
            int t = doc.FirstTokenAtOrAfter(start) - 1;
            if (t >= 0 && OnlySpaceBetween(doc.Text, tokens[t].Span.End, start, 2))
            {
                if (ChainResolver.IsPreposition(tokens[t].Lower)) x[AfterPreposition] = 1;
                if (tokens[t].Lower is "par" or "by") x[Agent] = 1;
            }
        }
        if (c.Span.End + 1 < doc.Text.Length && doc.Text[c.Span.End] is '\'' or '’' && doc.Text[c.Span.End + 1] == 's') x[Possessive] = 1;
        if (c.IsEntity && c.Entity?.Role is not null) x[HasRole] = 1;
        if (InApposition(doc, c)) x[Apposition] = 1;
        if (UnnamedCues && UnnamedSourceCues.LabelledName(doc, f, c)) x[LabelledName] = 1;
        // "une source proche de X", "le porte-parole de X": X is named in the source's description, not the source.
        if (c.IsEntity)
            foreach (ref readonly var o in CollectionsMarshal.AsSpan(candidates))
                if (o.Kind is SourceKind.IndefiniteDescription or SourceKind.Description && o.FirstReading
                    && o.Span.Start <= c.Span.Start && o.Span.End >= c.Span.End)
                    x[o.Kind == SourceKind.IndefiniteDescription ? InsideIndefinite : InsideDescription] = 1;
        if (c.Kind is SourceKind.Pronoun or SourceKind.PluralPronoun or SourceKind.GenericPronoun or SourceKind.Relative or SourceKind.NeuterPronoun
            or SourceKind.FirstPerson && c.LastToken + 1 < tokens.Length)
        {
            int v = c.LastToken + 1;
            while (v < tokens.Length && v <= c.LastToken + 3 && SpeechCues.IsAuxiliary(tokens[v].Lower)) v++;
            if (v < tokens.Length && doc.IsCueWord(v)) x[PronounSubject] = 1;
            // "il faut", "il y a", "il s'agit": nobody.
            if (tokens[c.LastToken + 1].Lower is "faut" or "fallait" or "faudra" or "faudrait" or "y" or "agit" or "semble" or "paraît" or "s"
                && c.Span.Of(doc.Text).Equals("il", StringComparison.OrdinalIgnoreCase)) x[Impersonal] = 1;
        }

    }

    /// <summary>The features of one reading of the words: who they stand for, and what the document says of that entity.</summary>
    public static void Reading(QuoteDocument doc, QuoteFrame f, SourceCandidate c, AttributionState state, Span<float> x)
    {
        if (c.Kind == SourceKind.Nobody) return;
        var entity = c.Speaker;
        if (entity is not null && entity.Type == EntityType.Person)
        {
            // How sure the name is a person's: the recogniser's single capitalised words are its weakest guesses.
            if (doc.HasFullName(entity)) x[FullName] = 1;
            else if (!doc.EntityByKey(entity).Name.Contains(' ')) x[LoneWord] = 1;
            if (doc.HasRole(entity)) x[Honorific] = 1;
        }
        switch (c.Reading)
        {
            case ReadingKind.Antecedent when entity is not null:
                x[ResAntecedent] = 1;
                x[ResOption] = MathF.Log(1 + c.Option);
                var g = entity.Type == EntityType.Person ? doc.GenderOf(entity) : Gender.Unknown;
                if (g != Gender.Unknown && g == c.Gender) x[ResGenderAgrees] = 1;
                if (g == Gender.Unknown) x[ResGenderUnknown] = 1;
                if (c.RoleMatch) x[ResRoleMatch] = 1;
                if (entity.Span.Start >= c.Span.Start && entity.Span.End <= c.Span.End) x[ResInside] = 1;
                // A carried speaker is as near as the quotation it last spoke, however far back its name stands.
                else if (c.Carried && QuoteFeatureSwitches.ContinuedSpeaker && state.HasPrevious)
                    x[ResDistance] = MathF.Log(1 + Math.Max(0, doc.ParagraphOf(c.Span.Start) - state.PreviousParagraph));
                else x[ResDistance] = MathF.Log(1 + Math.Max(0, doc.ParagraphOf(c.Span.Start) - doc.ParagraphOf(entity.Span.Start)));
                if (ChainResolver.AfterPreposition(doc, entity)) x[ResAfterPreposition] = 1;
                if (entity.Type == EntityType.Organization) x[ResOrganization] = 1;
                if (doc.Placement(entity).SentenceFirst) x[ResSentenceFirst] = 1;
                if (c.Carried) x[ResCarried] = 1;
                if (c.Authored) x[ResAuthored] = 1;
                break;
            case ReadingKind.Institution when c.Authored && c.NameSpan is { } authorName:
                // A writing's author the recogniser missed ("un rapport de l'Office régional"; WritingAuthors) weighs
                // as the authors it finds do (an organisation read through a writing), so what those teach carries over.
                x[ResAntecedent] = 1;
                x[ResOrganization] = 1;
                x[ResAuthored] = 1;
                x[ResGenderUnknown] = 1;
                if (authorName.Start >= c.Span.Start && authorName.End <= c.Span.End) x[ResInside] = 1;
                else x[ResDistance] = MathF.Log(1 + Math.Max(0, doc.ParagraphOf(c.Span.Start) - doc.ParagraphOf(authorName.Start)));
                break;
            case ReadingKind.Institution:
                x[ResInstitution] = 1;
                if (QuoteFeatureSwitches.EarlierInstitutionNames)
                {
                    if (c.NameSpan is not null) x[InstitutionEarlier] = 1;
                    if (InstitutionNames.NamesSomething(doc, c.NameSpan ?? c.Span)) x[InstitutionNamed] = 1;
                }
                break;
            case ReadingKind.Unnamed when c.Kind == SourceKind.Pronoun:
                x[ResUnnamedPronoun] = 1;
                break;
            case ReadingKind.Unnamed when c.Kind == SourceKind.Description:
                x[ResUnnamedDescription] = 1;
                break;
        }
        if (UnnamedCues && c.Reading == ReadingKind.Unnamed) UnnamedReading(doc, f, c, x);

        // The document so far.
        if (entity is not null)
        {
            if (state.HasPrevious && state.PreviousKey == entity.Key)
            {
                x[PreviousSpeaker] = 1;
                if (f.CueBefore < 0 && f.CueAfter < 0 && f.According < 0) x[PreviousSpeakerNoCue] = 1;
                else x[PreviousSpeakerCue] = 1;
                if (state.PreviousParagraph == f.Paragraph) x[PreviousSpeakerSameParagraph] = 1;
                if (f.Paragraph - state.PreviousParagraph <= 1) x[PreviousSpeakerNear] = 1;
                if (QuoteFeatureSwitches.ContinuedSpeaker && f.StartsParagraph && f.CueBefore < 0 && f.CueAfter < 0 && f.According < 0
                    && f.Paragraph - state.PreviousParagraph == 1) x[PreviousSpeakerOpensParagraph] = 1;
            }
            x[SpokenBefore] = MathF.Log(1 + state.CountOf(entity.Key)) / 2;
            x[Mentions] = MathF.Log(doc.EntityByKey(entity).Count) / 2;
        }
        if (c.Plural) x[PluralResolved] = 1;

        // "a-t-elle ajouté" after the quote: a man named before it is not the speaker.
        if (f.InvertedPronoun is { } pronoun && PersonGender.OfPronoun(pronoun) is { } wanted && wanted != Gender.Unknown)
        {
            var gender = entity is not null && entity.Type == EntityType.Person ? doc.GenderOf(entity) : c.Gender;
            if (gender != Gender.Unknown && gender != wanted) x[GenderClash] = 1;
        }
    }

    // The unnamed reading of words: what says nobody named is meant.
    private static void UnnamedReading(QuoteDocument doc, QuoteFrame f, SourceCandidate c, Span<float> x)
    {
        if (UnnamedSourceCues.AnonymityNear(doc, f)) x[UnnamedAnonymity] = 1;
        if (UnnamedSourceCues.IsCircleDescription(doc, c)) x[UnnamedCircle] = 1;
        if (UnnamedSourceCues.IndefiniteAntecedent(doc, c)) x[UnnamedIndefiniteAntecedent] = 1;
    }

    // Whether other words lie strictly between two tokens (wholly), or start strictly between them.
    private static bool AnyWordsBetween(List<SourceCandidate> candidates, int after, int before)
    {
        foreach (ref readonly var o in CollectionsMarshal.AsSpan(candidates))
            if (o.Kind != SourceKind.Nobody && o.FirstToken > after && o.LastToken < before) return true;
        return false;
    }

    private static bool AnyWordsStartingBetween(List<SourceCandidate> candidates, int after, int before)
    {
        foreach (ref readonly var o in CollectionsMarshal.AsSpan(candidates))
            if (o.Kind != SourceKind.Nobody && o.FirstToken > after && o.FirstToken < before) return true;
        return false;
    }

    private static int KindOf(SourceKind kind) => kind switch
    {
        SourceKind.Person => KindPerson,
        SourceKind.Organization => KindOrganization,
        SourceKind.Place => KindPlace,
        SourceKind.OtherEntity => KindOther,
        SourceKind.Pronoun => KindPronoun,
        SourceKind.PluralPronoun => KindPluralPronoun,
        SourceKind.GenericPronoun => KindGenericPronoun,
        SourceKind.Relative => KindRelative,
        SourceKind.NeuterPronoun => KindNeuter,
        SourceKind.Description => KindDescription,
        SourceKind.IndefiniteDescription => KindIndefinite,
        SourceKind.FirstPerson => KindFirstPerson,
        _ => KindNobody,
    };

    /// <summary>
    /// The words are the subject of the cue verb: only auxiliaries, adverbs and clitics between them ("X a déclaré",
    /// "X has also said", "il nous a dit"), or an apposition between commas first ("X, analyste chez Y, estime").
    /// </summary>
    private static bool IsSubjectOf(QuoteDocument doc, SourceCandidate c, int cue)
    {
        var text = doc.Text;
        int k = c.LastToken + 1;
        if (k < cue && text.AsSpan(c.Span.End, doc.Tokens[k].Span.Start - c.Span.End).Contains(',') && !OnlyVerbGroup(doc, k, cue))
        {
            // Skip the apposition to its closing comma, within twelve words.
            int close = -1;
            for (int j = k; j < cue && j < k + 12; j++)
                if (text.AsSpan(doc.Tokens[j].Span.End, doc.Tokens[j + 1].Span.Start - doc.Tokens[j].Span.End).Contains(',')) { close = j + 1; break; }
            if (close < 0) return false;
            k = close;
        }
        return OnlyVerbGroup(doc, k, cue);
    }

    // "a", "has also", "nous a": what stands between a subject and its participle.
    private static bool OnlyVerbGroup(QuoteDocument doc, int from, int cue)
    {
        if (cue - from > 4) return false;
        for (int k = from; k < cue; k++)
            if (!SpeechCues.IsAuxiliary(doc.Tokens[k].Lower) && !IsClitic(doc.Tokens[k].Lower) && !char.IsDigit(doc.Tokens[k].Lower[0])) return false;
        return true;
    }

    private static bool IsClitic(string lower) => lower is "lui" or "leur" or "nous" or "vous" or "me" or "m" or "se" or "s" or "y" or "en" or "l" or "le" or "la" or "les";

    // "X, porte-parole de Y, a déclaré": Y stands inside a comma-enclosed phrase that follows another name.
    private static bool InApposition(QuoteDocument doc, SourceCandidate c)
    {
        var text = doc.Text;
        int left = c.Span.Start - 1, reach = Math.Max(0, c.Span.Start - 80);
        while (left > reach && text[left] is not (',' or '.' or '\n' or '«' or '"' or '“')) left--;
        if (left <= reach || text[left] != ',') return false;
        int right = c.Span.End, limit = Math.Min(text.Length, c.Span.End + 60);
        while (right < limit && text[right] is not (',' or '.' or '\n' or '»' or '"' or '”')) right++;
        if (right >= limit || text[right] != ',') return false;
        // The phrase before the opening comma ends with a name.
        int before = left - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before])) before--;
        for (int e = doc.EntitiesBefore(before - 200); e < doc.Entities.Count; e++)
        {
            var m = doc.Entities[e];
            if (m.Span.Start > before) break;
            if (m.Span.End == before + 1 && m.Type is EntityType.Person) return true;
        }
        return false;
    }

    private static bool SameSentence(QuoteDocument doc, int a, int b) =>
        doc.SentenceAt(doc.Tokens[a].Span.Start).Contains(doc.Tokens[b].Span.Start);

    private static bool IsSentenceFirst(QuoteDocument doc, List<SourceCandidate> candidates, int i)
    {
        var c = candidates[i];
        var sentence = doc.SentenceAt(c.Span.Start);
        int first = doc.FirstTokenAtOrAfter(sentence.Start);
        if (c.FirstToken - first > 4) return false;
        for (int j = i - 1; j >= 0; j--)
            if (candidates[j].Span.Start >= sentence.Start) return false;
        return true;
    }

    private static bool EndsWithColon(QuoteDocument doc, TextSpan paragraph)
    {
        int e = paragraph.End - 1;
        while (e >= paragraph.Start && char.IsWhiteSpace(doc.Text[e])) e--;
        return e >= paragraph.Start && doc.Text[e] == ':';
    }

    private static bool OnlySpaceBetween(string text, int from, int to, int max)
    {
        if (to - from > max) return false;
        for (int i = from; i < to; i++)
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('\'' or '’')) return false;
        return true;
    }
}
