using System.ComponentModel;
using Recoupe.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Recoupe.Cli;

/// <summary>Options shared by the commands that use the store.</summary>
public class StoreSettings : CommandSettings
{
    [CommandOption("--store <PATH>")]
    [Description("SQLite store file, or postgres://user:pass@host:port/db (default: $RECOUPE_STORE, else ~/.local/share/recoupe/recoupe.db).")]
    public string? Store { get; init; }

    public string StorePath => string.IsNullOrWhiteSpace(Store) ? SqliteStore.DefaultPath() : Store;

    public IStore OpenStore()
    {
        var path = StorePath;
        if (path.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return new Postgres.PostgresStore(path);
        return new SqliteStore(path);
    }
}

/// <summary>Options of the commands that read inputs, which may be http(s) URLs.</summary>
public class InputSettings : StoreSettings
{
    [CommandOption("--allow-private")]
    [Description("Allow fetching URLs on loopback and private networks (refused by default).")]
    public bool AllowPrivate { get; init; }
}

/// <summary>An output format option, validated against the formats a command supports.</summary>
public static class Formats
{
    public static ValidationResult Check(string format, params string[] allowed) =>
        allowed.Contains(format, StringComparer.OrdinalIgnoreCase)
            ? ValidationResult.Success()
            : ValidationResult.Error($"--format must be one of: {string.Join(", ", allowed)} (got '{format}')");
}
