using System.Collections.Frozen;
using Recoupe.Mentions.Gazetteers;
using Recoupe.Mentions.Names;

namespace Recoupe.Mentions.Lexicon;

/// <summary>
/// Titles and functions that introduce a person ("le porte-parole du Quirinal, X", "M. X", "press secretary X"),
/// with the gender the word itself carries (ambassadrice: female; porte-parole, ministre: unknown).
/// </summary>
public static class TitleWords
{
    private const string MaleWords =
        "président vice-président conseiller ambassadeur dirigeant directeur représentant chancelier gouverneur " +
        "sénateur député procureur avocat patron roi prince empereur fondateur coordinateur négociateur " +
        "commandant général colonel capitaine lieutenant sergent amiral maréchal dictateur leader " +
        "m mm monsieur messieurs mr mister sir lord spokesman chairman congressman businessman " +
        "don dom king emperor duke baron comte duc marquis vicomte abbé père frère curé pasteur rabbin imam cardinal évêque archevêque " +
        "envoyé émissaire porte-drapeau chef-d'état-major sous-directeur administrateur inspecteur préfet sous-préfet " +
        "conseiller-fédéral élu lauréat joueur entraîneur attaquant défenseur acteur chanteur écrivain auteur journaliste " +
        "directeur-général secrétaire-général";
    private const string FemaleWords =
        "présidente vice-présidente conseillère ambassadrice dirigeante directrice représentante chancelière " +
        "gouverneure sénatrice députée procureure avocate patronne reine princesse impératrice fondatrice coordinatrice " +
        "négociatrice mme madame mesdames mlle mademoiselle mrs ms miss lady spokeswoman chairwoman congresswoman " +
        "mad dona doña businesswoman queen duchess duchesse baronne comtesse marquise sœur mère envoyée élue lauréate joueuse " +
        "entraîneuse actrice chanteuse écrivaine autrice journaliste-reporter";
    private const string NeutralWords =
        "ministre premier-ministre porte-parole secrétaire responsable chef cheffe juge maire commissaire " +
        "haut-commissaire diplomate analyste expert experte professeur professeure docteur dr pr me " +
        "pdg ceo cfo coo président-directeur porte-parole-adjoint numéro pape pontife " +
        "president vice-president minister prime-minister secretary spokesperson adviser advisor ambassador envoy " +
        "director chief leader senator representative governor mayor prefect general commander judge prosecutor " +
        "founder official officer head chair coordinator negotiator lawyer attorney professor doctor " +
        "prof sen rep gen lt col capt gov pope chancellor deputy analyst economist researcher sheriff " +
        "correspondant correspondante reporter journaliste rédacteur rédactrice éditorialiste " +
        "majesté altesse sainteté excellence éminence souverain sous-secrétaire secrétaire-d'état vice-ministre ministre-adjoint prime premier vice";

    private static readonly FrozenDictionary<string, Gender> Words = Build();
    private static readonly FrozenDictionary<string, Gender>.AlternateLookup<ReadOnlySpan<char>> WordSpans = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, Gender> Build()
    {
        var d = new Dictionary<string, Gender>(StringComparer.Ordinal);
        foreach (var w in NeutralWords.Split(' ', StringSplitOptions.RemoveEmptyEntries)) d[KeyOf(w)] = Gender.Unknown;
        foreach (var w in MaleWords.Split(' ', StringSplitOptions.RemoveEmptyEntries)) d[KeyOf(w)] = Gender.Male;
        foreach (var w in FemaleWords.Split(' ', StringSplitOptions.RemoveEmptyEntries)) d[KeyOf(w)] = Gender.Female;
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Whether the (lower-case) word is a title or function; the gender it carries is returned in <paramref name="gender"/>.</summary>
    public static bool IsTitle(string word, out Gender gender)
    {
        if (Words.TryGetValue(KeyOf(word), out gender)) return true;
        gender = Gender.Unknown;
        return false;
    }

    public static bool IsTitle(string word) => IsTitle(word, out _);

    /// <summary>Whether the word (or part of one: "ministres" without its "s") is a title, folded on the stack: no allocation.</summary>
    public static bool IsTitle(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[64];
        if (!TextFold.TryFold(word, buffer, out int n)) return IsTitle(word.ToString());
        while (n > 0 && buffer[n - 1] == ' ') n--;
        buffer[..n].Replace(' ', '-');
        return WordSpans.ContainsKey(buffer[..n]);
    }

    // "porte-parole", "Porte-Parole" and "porte parole" share one key.
    private static string KeyOf(string word) => TextFold.Fold(word).Replace(' ', '-');

    /// <summary>Abbreviated civil titles that sit right before a name: "M. Dupont", "Mme X", "Mr Smith", "Dr X".</summary>
    public static bool IsHonorific(string word) => Honorifics.Contains(word);

    private static readonly WordSet Honorifics = new("m mm mme mmes mlle mad mr mrs ms dr pr me sir lady lord monsieur madame mademoiselle messrs");
}
