using System.Globalization;
using Recoupe.Pipeline;

namespace Recoupe.Cli;

/// <summary>
/// The clock the CLI's engine reads the receiving time from: the system's, or the instant in `RECOUPE_NOW` (ISO 8601,
/// e.g. 2026-11-25T12:00:00Z) for a reproducible store: an article nothing dates takes the day it was received, and
/// "received" times are stored, so two runs compare equal only under one clock.
/// </summary>
public static class CliClock
{
    public const string Variable = "RECOUPE_NOW";

    public static IClock FromEnvironment() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } text
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var now)
            ? new FixedClock(now)
            : SystemClock.Instance;
}
