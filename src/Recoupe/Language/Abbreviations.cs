using System.Collections.Frozen;

namespace Recoupe.Language;

/// <summary>
/// Words written with a final period that usually do not end a sentence, matched case-sensitively on the
/// token before the period ("M." is a title, "m." is not). Three kinds:
/// <list type="bullet">
/// <item>titles and infixes never end a sentence ("M.", "Dr.", "vs.", "cf.");</item>
/// <item>number prefixes do not when a number follows ("No. 5", "p. 12", "Sept. 5", "janv. 2023");</item>
/// <item>terminable abbreviations ("etc.", "U.S.", "Inc.") end one only before a typical sentence opener.</item>
/// </list>
/// </summary>
internal static class Abbreviations
{
    private static readonly FrozenSet<string> Titles = Split(
        // forms of address, French and English
        "M MM Mme Mmes Mlle Mlles Me Mgr Dr Drs Pr St Ste Sts Vve Cdt Col Gal Gén Lt Sgt Cpt Capt Gen Gov Sen Rep Rev Hon Fr Prof Mr Mrs Ms Messrs Mt Ft " +
        // infixes that expect something after them
        "vs cf Cf env ca approx resp éd ed réf ref tél Tél e.g i.e viz " +
        // French "avant/après J.-C." and street abbreviations
        "av apr bd boul Bd Blvd");

    private static readonly FrozenSet<string> NumberPrefixes = Split(
        "No no Nos nos n° nº p pp P Pp vol Vol art Art ch chap Chap fig Fig op Op sq " +
        "Jan Feb Febr Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Janv janv févr fév Févr avr Avr juil Juil sept oct nov déc Déc " +
        "Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun lun mar ven sam");

    private static readonly FrozenSet<string> Terminable = Split(
        "etc Inc Ltd Co Corp Bros Jr Sr Cie al min max a.m p.m A.M P.M U.S U.K U.N U.S.A E.U N.Y D.C L.A J.-C Ave Rd");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberPrefixLookup = NumberPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TerminableLookup = Terminable.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsTitle(ReadOnlySpan<char> word) => TitleLookup.Contains(word);
    public static bool IsNumberPrefix(ReadOnlySpan<char> word) => NumberPrefixLookup.Contains(word);
    public static bool IsTerminable(ReadOnlySpan<char> word) => TerminableLookup.Contains(word);

    private static FrozenSet<string> Split(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}
