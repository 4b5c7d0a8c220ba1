using System.Collections.Frozen;
using Recoupe.Mentions.Names;

namespace Recoupe.Mentions.Gazetteers;

public enum Gender { Unknown, Male, Female }

/// <summary>
/// A small list of common first names across languages with their usual gender: evidence that a
/// capitalised word starts a person's name, and a hint for matching "elle"/"she" to a speaker.
/// </summary>
public static class GivenNames
{
    private const string Male =
        "jean pierre michel paul jacques louis henri andre philippe alain bernard francois nicolas emmanuel " +
        "olivier thomas julien laurent patrick christophe eric frederic vincent stephane sebastien david daniel " +
        "marc antoine charles georges robert rene claude gerard marcel jules edouard albert joseph lucien " +
        "maurice raymond roger fernand gaston leon victor auguste emile ernest eugene gustave adolphe alfred " +
        "arthur hugo lucas mathieu matthieu guillaume benoit bruno didier dominique xavier yves gilles herve " +
        "john james william richard joseph charles michael mike matthew matt mark andrew anthony donald joe " +
        "joseph george steven steve kevin brian jason jeff jeffrey ronald tony kenneth gary timothy tim " +
        "ben benjamin samuel sam peter tom bill bob chris christopher jack harry edward ted larry ron rex lloyd " +
        "antony boris vladimir dmitri dmitry sergei sergey ivan igor alexei alexey alexandre alexander " +
        "mikhail mikhail nikolai yuri iouri viktor andrei andrey oleg evgeni yevgeny volodymyr petro " +
        "hans karl otto friedrich heinrich wilhelm klaus jurgen helmut olaf gerhard wolfgang " +
        "giuseppe giovanni mario luigi carlo francesco marco matteo silvio sergio " +
        "jose juan carlos miguel luis manuel pedro pablo javier antonio fernando " +
        "mohammed mohamed muhammad ahmed ali hassan hussein omar abdel abdul ibrahim mahmoud recep " +
        "shinzo fumio narendra benyamin " +
        "emmanuel jose joao luiz lula";
    private const string Female =
        "marie anne catherine francoise isabelle nathalie sylvie christine monique martine sophie valerie " +
        "sandrine celine julie claire helene aurelie caroline camille laura lea manon emma chloe louise alice " +
        "jeanne marguerite madeleine germaine yvonne suzanne simone louise berthe lucie juliette charlotte " +
        "segolene marine ursula angela theresa elisabeth elizabeth agnes annie brigitte christiane " +
        "mary patricia jennifer linda barbara susan jessica sarah karen nancy lisa betty margaret sandra " +
        "ashley kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca sharon " +
        "cynthia kathleen amy angela anna nicole samantha katherine christina rachel hillary kamala " +
        "condoleezza jane janet joan judith ruth victoria olivia sophia grace " +
        "natalia natalya natasha olga irina tatiana svetlana elena ielena maria yulia ioulia valentina maria " +
        "giorgia laura francesca carmen ana lucia isabel pilar dolores " +
        "fatima aisha leila yasmina nadia jacinda theresa liz kristalina ngozi";

    private static readonly FrozenDictionary<string, Gender> Names = BuildNames();

    // The same names by phonetic key, so that transliterations meet (Sergueï/Sergei, Dmitriy/Dmitri).
    private static readonly FrozenDictionary<string, Gender> ByKey = Names
        .GroupBy(kv => Transliteration.Key(kv.Key))
        .Where(g => g.Select(kv => kv.Value).Distinct().Count() == 1)
        .ToFrozenDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);

    private static FrozenDictionary<string, Gender> BuildNames()
    {
        var d = new Dictionary<string, Gender>(StringComparer.Ordinal);
        foreach (var n in Male.Split(' ', StringSplitOptions.RemoveEmptyEntries)) d[n] = Gender.Male;
        foreach (var n in Female.Split(' ', StringSplitOptions.RemoveEmptyEntries)) d[n] = Gender.Female;
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Whether this word (any case, accents allowed, "Jean-Pierre" as a whole or by its first part) is a known first name.</summary>
    public static bool IsGivenName(string word) => GenderOf(word) is not null;

    public static Gender? GenderOf(string word)
    {
        var folded = TextFold.Fold(word);
        if (Names.TryGetValue(folded, out var g)) return g;
        int space = folded.IndexOf(' ');
        if (space > 0) folded = folded[..space];
        if (Names.TryGetValue(folded, out g)) return g;
        if (folded.Length >= 4 && ByKey.TryGetValue(Transliteration.Key(folded), out g)) return g;
        return null;
    }
}
