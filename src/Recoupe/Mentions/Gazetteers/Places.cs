using System.Collections.Frozen;
using System.Globalization;
using Recoupe.Mentions.Names;

namespace Recoupe.Mentions.Gazetteers;

/// <summary>
/// Place names, built once from .NET culture data (every region's name in French, English, German,
/// Spanish, Italian and its own language; IANA time-zone cities) plus a small table of capitals,
/// official long names and world regions (<see cref="PlaceTables"/>). Keys are folded (see <see cref="TextFold"/>).
/// </summary>
public static class Places
{
    private static readonly Lazy<Tables> Data = new(() =>
    {
        var (names, iso3) = Build();
        var firstWords = names.Keys.Select(k => k.IndexOf(' ') is var space and >= 0 ? k[..space] : k).ToFrozenSet(StringComparer.Ordinal);
        return new Tables(names, names.GetAlternateLookup<ReadOnlySpan<char>>(), iso3, firstWords.GetAlternateLookup<ReadOnlySpan<char>>());
    });

    private sealed record Tables(FrozenDictionary<string, PlaceInfo> Names, FrozenDictionary<string, PlaceInfo>.AlternateLookup<ReadOnlySpan<char>> Spans,
        FrozenDictionary<string, string> Iso3, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstWords);

    /// <summary>The place a name stands for, or null. Case- and accent-insensitive.</summary>
    public static PlaceInfo? Lookup(ReadOnlySpan<char> name)
    {
        // Folded on the stack: the gazetteer is asked about most capitalised words.
        Span<char> buffer = stackalloc char[96];
        if (!TextFold.TryFold(name, buffer, out int length)) return LookupFolded(TextFold.Fold(name));
        return Data.Value.Spans.TryGetValue(buffer[..length], out var info) ? info : null;
    }

    /// <summary>Lookup of an already folded name (see <see cref="TextFold"/>).</summary>
    public static PlaceInfo? LookupFolded(string foldedName) =>
        Data.Value.Names.TryGetValue(foldedName, out var info) ? info : null;

    /// <summary>Lookup of an already folded name held in a span (what <see cref="Lookup"/> does after folding).</summary>
    public static PlaceInfo? LookupFolded(ReadOnlySpan<char> foldedName) =>
        Data.Value.Spans.TryGetValue(foldedName, out var info) ? info : null;

    /// <summary>
    /// Whether some name's folded key has <paramref name="foldedWord"/> as its first word (the key up to its first space):
    /// a reader trying every span that starts with a word asks this once instead of looking each span up.
    /// </summary>
    public static bool StartsSomeName(ReadOnlySpan<char> foldedWord) => Data.Value.FirstWords.Contains(foldedWord);

    /// <summary>An upper-case ISO 3166 alpha-3 code or usual country acronym (USA, RPDC) in text.</summary>
    public static PlaceInfo? LookupCode(string upperToken) =>
        Data.Value.Iso3.TryGetValue(upperToken, out var region) ? new PlaceInfo(region, PlaceKind.Country) : null;

    public static string? RegionOf(string name) => Lookup(name.AsSpan()) is { Kind: PlaceKind.Country } p ? p.Code : null;

    private static (FrozenDictionary<string, PlaceInfo>, FrozenDictionary<string, string>) Build()
    {
        var names = new Dictionary<string, PlaceInfo>(StringComparer.Ordinal);
        var iso3 = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string name, PlaceInfo info)
        {
            var key = TextFold.Fold(name);
            if (key.Length >= 2) names.TryAdd(key, info);
        }

        // Capitals and official names first: they win over time-zone cities of the same name.
        foreach (var (country, capitals) in PlaceTables.Capitals())
            foreach (var c in capitals) Add(c, new PlaceInfo(TextFold.Fold(capitals[0]), PlaceKind.Capital, country));
        foreach (var (country, name) in PlaceTables.OfficialNames()) Add(name, new PlaceInfo(country, PlaceKind.Country));
        foreach (var (code, country) in PlaceTables.CountryAcronyms()) iso3[code] = country;

        var regions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            try
            {
                var region = new RegionInfo(culture.Name);
                if (region.TwoLetterISORegionName.Length == 2 && regions.Add(region.TwoLetterISORegionName))
                {
                    Add(region.EnglishName, new PlaceInfo(region.TwoLetterISORegionName, PlaceKind.Country));
                    Add(region.NativeName, new PlaceInfo(region.TwoLetterISORegionName, PlaceKind.Country));
                    if (region.ThreeLetterISORegionName.Length == 3) iso3.TryAdd(region.ThreeLetterISORegionName, region.TwoLetterISORegionName);
                }
            }
            catch (ArgumentException) { /* a culture without a region */ }
        }
        AddLocalizedCountryNames(regions, Add);

        foreach (var (name, kind) in PlaceTables.Regions()) Add(name, new PlaceInfo(TextFold.Fold(name), kind));
        foreach (var city in PlaceTables.Cities()) Add(city, new PlaceInfo(TextFold.Fold(city), PlaceKind.City));
        foreach (var (name, kind) in FrenchSpeakingPlaces.All()) Add(name, new PlaceInfo(TextFold.Fold(name), kind));
        foreach (var zone in TimeZoneCities()) Add(zone, new PlaceInfo(TextFold.Fold(zone), PlaceKind.City));
        return (names.ToFrozenDictionary(StringComparer.Ordinal), iso3.ToFrozenDictionary(StringComparer.Ordinal));
    }

    // Country names in several languages: ICU names a culture "français (Corée du Nord)", so the part in
    // brackets of "fr-KP" is the French name of KP; RegionInfo.DisplayName gives the UI language's name.
    private static void AddLocalizedCountryNames(HashSet<string> regions, Action<string, PlaceInfo> add)
    {
        foreach (var code in regions)
        {
            var info = new PlaceInfo(code, PlaceKind.Country);
            try { add(new RegionInfo(code).DisplayName, info); } catch (ArgumentException) { }
            foreach (var language in new[] { "fr", "en", "de", "es", "it", "pt", "nl" })
            {
                try
                {
                    var native = CultureInfo.GetCultureInfo(language + "-" + code).NativeName;
                    int open = native.IndexOf('('), close = native.LastIndexOf(')');
                    if (open >= 0 && close > open + 1) add(native[(open + 1)..close], info);
                }
                catch (CultureNotFoundException) { }
            }
        }
    }

    private static IEnumerable<string> TimeZoneCities()
    {
        IReadOnlyCollection<TimeZoneInfo> zones;
        try { zones = TimeZoneInfo.GetSystemTimeZones(skipSorting: true); } // sorting loads every display name from ICU
        catch (Exception e) when (e is InvalidTimeZoneException or System.Security.SecurityException or IOException) { yield break; }
        foreach (var zone in zones)
        {
            int slash = zone.Id.LastIndexOf('/');
            if (slash < 0 || zone.Id.StartsWith("Etc/", StringComparison.Ordinal)) continue;
            yield return zone.Id[(slash + 1)..].Replace('_', ' ');
        }
    }
}
