using Recoupe.Model;

namespace Recoupe.Mentions.Entities;

/// <summary>
/// What <see cref="EntityTyper"/> decided for a name run: its type, its last word (institution names may grow over
/// their complement), and whether the type is only a guess (no cue at all) that evidence elsewhere may override.
/// </summary>
public readonly record struct Typing(EntityType Type, int Last, bool Guessed);
