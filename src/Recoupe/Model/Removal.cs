namespace Recoupe.Model;

/// <summary>A piece of the input that cleaning removed, and why (e.g. "advertisement label", "cookie notice").</summary>
public sealed record Removal(string Text, string Reason);
