using System.Collections.Immutable;

namespace Recoupe.Model;

/// <summary>An entity resolved across one or more articles: one canonical name, all the variants seen.</summary>
public sealed record Entity(
    string Key,
    string Name,
    EntityType Type,
    ImmutableArray<string> Variants,
    int Mentions,
    string? Role = null);
