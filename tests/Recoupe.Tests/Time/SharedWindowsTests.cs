using Recoupe.Mentions;
using Recoupe.Mentions.Time.Grammar;

namespace Recoupe.Tests.Time;

/// <summary>
/// The candidate search skips rules whose trigger words the text lacks and lets rules waiting for the same words share
/// their windows: the candidates must be those of each rule searched on its own, in the same order.
/// </summary>
public class SharedWindowsTests
{
    // Invented texts: dates, clock times, durations, sets and rates, and one with no trigger word at all.
    public static TheoryData<string, string> Texts => new()
    {
        { "Le mardi 3 mars 2026, trois jours après la réunion de lundi, le bureau a siégé de 14 h 30 à 17 heures. " +
          "Chaque semaine depuis 2019, il se réunit deux fois par mois ; la prochaine séance aura lieu le 12/04/2026 au matin, " +
          "la veille des vacances de printemps, pour une demi-journée. Il y a dix ans, au XXe siècle finissant, rien de tel.", "fr" },
        { "On Tuesday, March 3, 2026, three days after Monday's meeting, the board sat from 2:30 p.m. for two hours. " +
          "Every week since 2019 it has met twice a month; the next session is on 2026-04-12 in the morning, " +
          "the day before the spring break, for half a day. Ten years ago, in the late twentieth century, nothing of the kind.", "en" },
        { "Un texte sans aucune indication temporelle, avec des noms et des verbes.", "fr" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Candidates_are_those_of_each_rule_searched_alone(string text, string language)
    {
        var rules = language == "fr" ? TimeGrammar.French : TimeGrammar.English;
        var together = TimeTagger.FindCandidates(text, rules)
            .Select(c => (c.Span.Start, c.Span.End, c.Kind, c.RuleIndex)).ToList();
        var alone = new List<(int, int, Recoupe.Mentions.Time.RuleKind, int)>();
        for (int r = 0; r < rules.Count; r++)
            alone.AddRange(TimeTagger.FindCandidates(text, [rules[r]]).Select(c => (c.Span.Start, c.Span.End, c.Kind, r)));
        Assert.Equal(alone, together);
        if (text.Contains("2026")) Assert.NotEmpty(together);
    }
}
