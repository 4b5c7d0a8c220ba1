namespace Recoupe.Mentions.Ner.Training;

/// <summary>How training labels treat an honorific next to a person's span (<see cref="NerTrainingOptions.Honorifics"/>).</summary>
/// <remarks>AsAnnotated decodes as models before the option (the honorific kept under HIPE only); the three others decode by
/// <see cref="Evaluation.Ner.NerConventions.KeepsHonorifics"/>, ByConvention without changing the labels.</remarks>
public enum HonorificLabels { AsAnnotated, ByConvention, Outside, Inside }

/// <summary>How training labels and decoding treat a title before a person (<see cref="NerTrainingOptions.Titles"/>).</summary>
public enum TitleLabels { AsAnnotated, ByConvention, Outside }

/// <summary>
/// Settings of a training run. The defaults are the settings chosen on the tune split (see models/README.md);
/// <see cref="Select"/> re-runs that choice: it trains on the train split only and prints the tune score per epoch.
/// </summary>
public sealed record NerTrainingOptions
{
    public int Epochs { get; init; } = 6;
    /// <summary>Features seen fewer times in the training data are left out.</summary>
    public int MinFeatureCount { get; init; } = 1;
    /// <summary>Exported features whose largest averaged weight is below this (absolute) are pruned from the shipped model.</summary>
    /// <remarks>Null: the language's default, chosen on the tune split. French 1.0 halves the table (385k -> 194k rows; tune F1
    /// unchanged: WikiNEuRal 0.865, Europeana 0.749, HIPE-2020 0.761, HIPE-2022 0.328 -> 0.328) and so the tagger's cache misses;
    /// 3.0 cost 0.013 on WikiNEuRal. English keeps 0.01 (1.0 cost 0.007 on CoNLL tune).</remarks>
    public float? PruneBelow { get; init; }

    public float PruneBelowFor(string language) => PruneBelow ?? (language == "fr" ? 1.0f : 0.01f);
    public int Seed { get; init; } = 20261204;
    /// <summary>
    /// Times each training document of a historical convention (HIPE, NewsEye, Europeana) is visited per epoch (null: the
    /// language's default). Their few dozen documents weigh little against WikiNEuRal's thousands of sentences, and the
    /// weights conjoined with their convention are learned from them alone. Yet on the tune split 3 cost everywhere (HIPE-2020
    /// 0.774 -> 0.761, Europeana 0.749 -> 0.726, WikiNEuRal 0.867 -> 0.859): French keeps 1.
    /// </summary>
    public int? HistoricalWeight { get; init; }

    public int HistoricalWeightFor(string language) => HistoricalWeight ?? 1;
    public bool Select { get; init; }
    /// <summary>Conjoin every feature with the document's annotation convention as well (feature augmentation).</summary>
    public bool ConventionFeatures { get; init; } = true;
    /// <summary>With <see cref="ConventionFeatures"/>: a third copy of every feature for the historical conventions together
    /// (<see cref="Evaluation.Ner.NerConventions.Historical"/>; hierarchical augmentation; French only, the one language with
    /// several conventions). Tune F1 (Europeana, HIPE-2020, HIPE-2022, WikiNEuRal): .761 .777 .469 .877 without, .762 .789 .481
    /// .879 with (2026-12-07; models/README.md). Off by default: the model trained with it and <see cref="LostDashes"/> cost RPM2
    /// story clustering its in-sample floor (topic F1 0.984 -> 0.976 &lt; 0.978).</summary>
    public bool ConventionGroups { get; init; }
    /// <summary>Tokenise French text with dashes that lost their spaces split off (<see cref="NerTokenizer"/>); stored in the
    /// model (<see cref="NerFeatures.ClusterFeatures.LostDashes"/>) so that tagging tokenises alike. Off by default (see
    /// <see cref="ConventionGroups"/>); with the group, tune F1 .768 .810 .483 .877.</summary>
    public bool LostDashes { get; init; }
    /// <summary>
    /// Train on one notion of a person's span across corpora, where HIPE and NewsEye keep the honorific inside ("M. Ador")
    /// and Europeana leaves it out (<see cref="ConventionSurvey"/>): <see cref="HonorificLabels.Outside"/> moves it out of
    /// every gold span, <see cref="HonorificLabels.Inside"/> widens every gold span over one right before it. Stored in the
    /// model (<see cref="NerFeatures.ClusterFeatures.HonorificsOutside"/>, <see cref="NerFeatures.ClusterFeatures.HonorificsInside"/>);
    /// decoding then follows each convention (<see cref="Evaluation.Ner.NerConventions.KeepsHonorifics"/>).
    /// Default <see cref="HonorificLabels.ByConvention"/>: labels as annotated, decoding by convention (chosen on tune, 3 seeds:
    /// HIPE-2022 .469/.497/.491 -> .551/.580/.574, the other corpora unchanged; NewsEye's spans had lost the honorific its
    /// guidelines keep). Outside tied with it (HIPE-2022 .575/.580/.577, HIPE-2020 .724/.775/.796 against .777/.775/.786);
    /// Inside lower (seed 1: .755 / .724 / .566 / .876). See models/README.md.
    /// </summary>
    public HonorificLabels Honorifics { get; init; } = HonorificLabels.ByConvention;
    /// <summary>
    /// Titles inside one HIPE convention disagree (`--survey`, train split: HIPE-2020 keeps "général Dufour" inside the person,
    /// 60 / 1; Le Temps leaves it out, 1 / 12). <see cref="TitleLabels.ByConvention"/>: labels as annotated, decoding cuts a
    /// title opening a person's span under Le Temps and Europeana (<see cref="Evaluation.Ner.NerConventions.LeavesTitlesOut"/>);
    /// <see cref="TitleLabels.Outside"/>: titles moved out of every gold person span for training, put back by decoding
    /// under HIPE-2020 and NewsEye (<see cref="Evaluation.Ner.NerConventions.KeepsTitles"/>). Stored in the model
    /// (<see cref="NerFeatures.ClusterFeatures.TitleBits"/>); modern text is decoded as before either way.
    /// </summary>
    public TitleLabels Titles { get; init; } = TitleLabels.AsAnnotated;
    /// <summary>
    /// Le Temps learns convention-conjoined weights of its own instead of HIPE-2020's (<see cref="Evaluation.Ner.NerConventions.LeTemps"/>):
    /// both follow HIPE's guidelines, but annotate differently (titles: 60 / 1 inside / before in HIPE-2020, 1 / 12 in Le
    /// Temps' train split) and Le Temps' 21 training documents had bent HIPE-2020's weights. Chosen on tune (3 seeds,
    /// Europeana / HIPE-2020 / HIPE-2022 / WikiNEuRal): shared .761/.777/.551/.877, .754/.775/.580/.875, .756/.786/.574/.878;
    /// own .764/.802/.612/.880, .756/.783/.617/.881, .759/.800/.591/.877. French only (English has one convention).
    /// Off by default: retrained with it (train + tune), the check split fell (Europeana 0.710 -> 0.695, HIPE-2020
    /// 0.688 -> 0.676, HIPE-2022 0.580 -> 0.563; WikiNEuRal 0.879 -> 0.880): not shipped (models/README.md).
    /// </summary>
    public bool LeTempsWeights { get; init; }
    /// <summary>
    /// Two passes: a second model reads the first one's labels and its document-wide votes per word, on top of its scores
    /// (null: the language's default). Tune F1: CoNLL 0.901 -> 0.908 (English: two passes); WikiNEuRal 0.868 -> 0.860,
    /// Europeana 0.741 -> 0.724 (French: one pass).
    /// </summary>
    public bool? TwoPass { get; init; }
    /// <summary>Epochs of the second pass, which learns few weights on top of the first pass's scores and overfits soon
    /// (CoNLL tune F1 0.9153 after 2 epochs, 0.9115 after 6).</summary>
    public int SecondPassEpochs { get; init; } = 2;
    /// <summary>Folds of the cross-validation that gives the second pass honest first-pass labels on training text.</summary>
    public int StackingFolds { get; init; } = 5;
    /// <summary>Features read the rule recogniser's output (null: the language's default, French only; see <see cref="RuleEvidence"/>).</summary>
    public bool? RuleEvidence { get; init; }
    /// <summary>
    /// The word-cluster features (<see cref="NerFeatures.ClusterFeatures"/>; null: the language's default, chosen on the tune
    /// split; 0: none). They read models/clusters-LANG.bin (or RECOUPE_NER_MODELS/clusters-LANG.bin).
    /// </summary>
    public int? ClusterMask { get; init; }

    /// <remarks>French also reads the name-chain features (<see cref="NerFeatures.ClusterFeatures.Chains"/>): tune F1 tied with
    /// clusters alone (pooled .8147 against .8178; HIPE-2020 +0.007, HIPE-2022 -0.010), and of the two the one whose model kept
    /// RPM2 story clustering above its floors (0.984 against 0.977): see models/README.md.</remarks>
    public int ClusterMaskFor(string language) => ClusterMask ?? (language == "fr" ? DefaultClusterMask | NerFeatures.ClusterFeatures.Chains : DefaultClusterMask);

    /// <summary>
    /// The default: every granularity (64/256/1000) at the word and its neighbours one away, the coarsest two away, no shape
    /// conjunctions. Tune micro F1 (Europeana, HIPE-2020, HIPE-2022, WikiNEuRal; CoNLL): none .733 .754 .476 .868; .917 —
    /// this .761 .777 .471 .879; .920 — all three two away too .757 .761 .479 .876; .921 — with the shape conjunctions
    /// (CoNLL .912) and without the finer clusters one away (7,3,0: WikiNEuRal .868) lower. HIPE-2020's 4 tune documents
    /// swing by ±0.03 between any two settings; WikiNEuRal (1,250 sentences) and CoNLL (108 documents) decided.
    /// </summary>
    public static readonly int DefaultClusterMask = NerFeatures.ClusterFeatures.Of(self: 7, near: 7, far: 1, shapeConjunctions: false);

    /// <summary>With <see cref="Select"/>: print each missed and spurious entity of the tune split here (errors are read on tune only).</summary>
    public TextWriter? TuneDetails { get; init; }
    /// <summary>Only the first N documents of each corpus (quick runs).</summary>
    public int? LimitPerCorpus { get; init; }
}
