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
        "emmanuel jose joao luiz lula" +
        "guy abraham aime willy max maxime numa felix hector jules armand arnaud adrien alexis amedee anatole andre " +
        "aristide augustin baptiste basile bastien benedict blaise cedric cesar christian clement constant " +
        "cyril cyrille damien denis desire edgar edmond elie etienne fabien fabrice firmin florent francis franck " +
        "gabriel gaspard gautier geoffroy gerald germain gregoire gregory hubert ignace isidore jacky jeremie jerome " +
        "joel jonathan josue kevin leo leonard leopold lionel loic lucas ludovic marcel marius martin maximilien " +
        "melchior mathias mathis noel norbert octave odilon pascal patrice philibert prosper quentin raoul regis " +
        "remi remy robin rodolphe romain sacha samuel serge simon sylvain thibault thierry timothee tristan ulysse " +
        "valentin valery victorien virgile walter werner wilfried yann yannick yvan zacharie " +
        "fritz franz ernst hermann hugo kurt ludwig rudolf rudolph walther ulrich urs beat reto hansjorg peter " +
        "paolo pietro angelo enrico alberto roberto massimo stefano andrea alessandro fabio gianni giorgio renato " +
        "diego jorge rafael ramon raul alfonso enrique eduardo ignacio felipe " +
        "henry hubert frank franklin harold howard hugh ian jim jimmy jerry jesse keith kenneth kurt leonard " +
        "martin neil nicholas oliver patrick paul philip ralph randy raymond roy russell scott sean stanley " +
        "stephen terry theodore victor walter wayne winston theo adam alan allen arnold barry bruce carl craig " +
        "dennis douglas eugene frederick gordon graham henri herbert jacob jonathan justin lawrence leon " +
        "marcus nathan noah norman philippe rick roger roland rupert simon stuart vernon vincent " +
        "mikhail nikita pavel piotr stanislaw wladimir jiri josef lech tomas vaclav zbigniew " +
        "ahmad hamid karim khalid mustafa rachid youssef yusuf walid jamal kofi nelson ";

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
        "fatima aisha leila yasmina nadia jacinda theresa liz kristalina ngozi" +
        "edith adrienne fabienne alix jenny clara cora ella eva eve elise eliane emilie eugenie fanny florence gabrielle genevieve " +
        "georgette ginette henriette hortense irene jacqueline josephine josette laure laurence liliane lise " +
        "lucienne lydie mathilde micheline mireille nicole noemie odette odile pauline paulette rosalie " +
        "solange therese veronique virginie yolande zoe agathe amelie annette antoinette beatrice bernadette " +
        "blanche cecile colette danielle denise dorothee eleonore emma estelle evelyne gisele huguette " +
        "ingrid jocelyne josiane laurence leonie liselotte lotte luce marcelle marthe maryse michele murielle " +
        "nadine nathalie nina noelle regine renee sabine severine stephanie sylviane yvette " +
        "gertrud greta hanna hannelore heidi helga hildegard ilse inge margrit margrith ruth ursula verena vreni " +
        "anna annemarie barbara caterina chiara giulia paola silvia elena rosa teresa " +
        "alice amy anne betty carla cindy diana dolly doris edna ellen emily esther eva florence gloria helen " +
        "hannah iris irene joyce judy julia karen kate katie kathy laura lily lucy madeleine maggie martha " +
        "megan melanie molly naomi nora pamela paula peggy rita rosemary sally sara sheila sue susan tina " +
        "vera wendy zoe";


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
