namespace Recoupe.Mentions.Gazetteers;

public enum PlaceKind { Country, Capital, City, Region }

/// <summary>
/// What the gazetteer knows of a place name: a stable code (ISO region code for countries, the folded
/// name otherwise) and, for capitals, the country they often stand for ("Moscou a démenti" = Russia).
/// </summary>
public sealed record PlaceInfo(string Code, PlaceKind Kind, string? Country = null);
