namespace Recoupe.Learning;

/// <summary>
/// One choice to learn: the feature vectors of its candidates (all of one length) and which of them are right.
/// Several may be right (the speaker named twice, or named and referred to by "il"): training raises their summed
/// probability, so the model is free to prefer whichever it reads best. <see cref="Domain"/> (a language) picks
/// the domain-specific copy of the weights the example also trains (<see cref="RankerTrainer"/>).
/// </summary>
public sealed record RankingExample(float[][] Candidates, bool[] Good, string Group, int Domain = 0);
