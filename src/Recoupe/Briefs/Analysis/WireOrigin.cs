using System.Text.RegularExpressions;

namespace Recoupe.Briefs.Analysis;

/// <summary>
/// Finds the news agency an article credits ("selon l'AFP", "avec AFP", "(Reuters)", "Reuters a contribué à ce
/// rapport", "according to Reuters", "with AP", "a déclaré à l'AFP", "told Reuters", "Par AFP", "© AFP"). Articles rewritten from one wire dispatch are not independent
/// witnesses of what the dispatch says, so <see cref="SourceIndependence"/> counts them as one origin.
/// </summary>
internal static partial class WireOrigin
{
    /// <summary>Agency names and their spellings, mapped to one canonical name.</summary>
    private static readonly Dictionary<string, string> Agencies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AFP"] = "AFP", ["Agence France-Presse"] = "AFP", ["Agence France Presse"] = "AFP",
        ["Reuters"] = "Reuters", ["AP"] = "AP", ["Associated Press"] = "AP",
        ["ANSA"] = "ANSA", ["DPA"] = "DPA", ["EFE"] = "EFE", ["Belga"] = "Belga", ["ATS"] = "ATS", ["Yonhap"] = "Yonhap",
        ["Xinhua"] = "Xinhua", ["TASS"] = "TASS", ["Kyodo"] = "Kyodo", ["Bloomberg"] = "Bloomberg",
    };

    private const string AgencyAlternation =
        "Agence France[- ]Presse|Associated Press|AFP|Reuters|AP|ANSA|DPA|EFE|Belga|ATS|Yonhap|Xinhua|TASS|Kyodo|Bloomberg";

    // Each alternative is anchored on a cue word and a closed list of names: no nested quantifiers, no backtracking blow-up.
    [GeneratedRegex(
        @"(?:\b(?i:selon|avec|d'après|d’après|source|sources|according to|with|by|contributed by|mit|según|con)\s+(?:l['’]\s*|l’|the\s+|agence\s+)?(?<a>" + AgencyAlternation + @")\b)" +
        @"|(?:\((?<a>" + AgencyAlternation + @")\))" +
        @"|(?:\b(?<a>" + AgencyAlternation + @")\s+(?i:a contribué|contributed|ha contribuido))" +
        @"|(?:(?:^|\n)\s*(?:[A-Z][\p{L}\-]+\s*)?\((?<a>" + AgencyAlternation + @")\)\s*[-–—])" +
        // A statement made to the agency ("a déclaré samedi à l'AFP", "told Reuters", "contacté par l'AFP"): the outlet relays
        // the agency's dispatch, since only the agency's reporter heard it. At most three words between the verb and the agency.
        @"|(?:\b(?i:déclaré|indiqué|confié|précisé|expliqué|affirmé|assuré|annoncé|raconté|souligné|ajouté|dit|répondu|estimé|confirmé|démenti|" +
        @"told|said\s+to|interrogée?s?\s+par|contactée?s?\s+par|jointe?s?\s+par|obtenue?s?\s+par|transmise?s?\s+à|auprès\s+de)" +
        @"(?:\s+[\p{L}\-]+){0,3}?\s+(?i:à\s+)?(?:l['’]\s*|the\s+)?(?<a>" + AgencyAlternation + @")\b)" +
        // A byline or credit line: "Par AFP", "consulté par l'AFP", "© AFP", "Source : Reuters", "AFP - " opening a line.
        @"|(?:(?:©|\b(?i:par|source\s*:|sources\s*:))\s*(?:l['’]\s*)?(?<a>" + AgencyAlternation + @")\b)" +
        @"|(?:(?:^|\n)\s*(?<a>" + AgencyAlternation + @")\s*[-–—]\s)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex CreditPattern();

    /// <summary>Agency names as written, to find where a credit may stand before running the pattern there only.</summary>
    private static readonly System.Buffers.SearchValues<string> Names = System.Buffers.SearchValues.Create(
        ["AFP", "Agence France", "Reuters", "AP", "Associated Press", "ANSA", "DPA", "EFE", "Belga", "ATS", "Yonhap", "Xinhua", "TASS", "Kyodo", "Bloomberg"],
        StringComparison.Ordinal);

    /// <summary>How far before and after an agency name a credit's cue words can stand.</summary>
    private const int Window = 60;

    /// <summary>The canonical agency names credited in the text, ordered by name.</summary>
    public static IReadOnlyList<string> Find(string text)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        // The pattern runs only in windows around agency names: a long article costs a scan, not a regex pass.
        int from = 0, scannedTo = 0;
        while (from < text.Length)
        {
            int hit = text.AsSpan(from).IndexOfAny(Names);
            if (hit < 0) break;
            hit += from;
            int start = Math.Max(scannedTo, hit - Window);
            int end = Math.Min(text.Length, hit + Window);
            if (end > start) Scan(text, start, end, found);
            scannedTo = end;
            from = Math.Max(hit + 1, end - Window / 2);
        }
        return found.ToList();
    }

    private static void Scan(string text, int start, int end, SortedSet<string> found)
    {
        // No match timeout: a wall-clock limit made the answer depend on the machine's load (a thread starved on a busy machine
        // lost a credit), so two runs could give two briefs. The pattern is linear (cue words, closed lists, bounded repeats)
        // and runs on windows of at most a few hundred characters.
        // Start the window at a line start so that "^"-anchored datelines still match.
        while (start > 0 && text[start - 1] != '\n' && start > end - 2 * Window - 40) start--;
        foreach (Match m in CreditPattern().Matches(text[start..end]))
        {
            var name = m.Groups["a"].Value;
            // Short upper-case acronyms must be written in capitals ("with ap" is not a credit).
            if (name.Length <= 4 && name != name.ToUpperInvariant()) continue;
            if (Agencies.TryGetValue(Normalise(name), out var canonical)) found.Add(canonical);
        }
    }

    /// <summary>The canonical agency an outlet is, when the outlet is a wire agency itself ("AFP", "Reuters"); else null.</summary>
    public static string? AgencyNamed(string? outlet)
    {
        if (string.IsNullOrWhiteSpace(outlet)) return null;
        var name = outlet.Trim();
        return Agencies.TryGetValue(Normalise(name), out var canonical) && (name.Length > 4 || name == name.ToUpperInvariant()) ? canonical : null;
    }

    private static string Normalise(string name) => name.Replace('-', ' ') is var n && n.StartsWith("Agence France", StringComparison.OrdinalIgnoreCase) ? "Agence France Presse" : name;
}
