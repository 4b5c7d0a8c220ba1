using System.Diagnostics;
using System.Text.Json;
using Recoupe.Storage;
using Recoupe.Web.Tests.Support;

namespace Recoupe.Web.Tests.Cli;

/// <summary>`recoupe stories` flags the stories that move fast, as the web list does.</summary>
public sealed class StoriesCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("recoupe-stories-").FullName;
    private string StorePath => Path.Combine(_dir, "store.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private (int Code, string Stdout) Run(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Recoupe.Cli.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.ArgumentList.Add("--store");
        psi.ArgumentList.Add(StorePath);
        psi.Environment["DOTNET_NOLOGO"] = "1";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        _ = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(3))) { p.Kill(true); throw new TimeoutException(); }
        return (p.ExitCode, stdout.Result);
    }

    [Fact]
    public void Breaking_and_growing_stories_are_flagged_in_text_and_json()
    {
        long fire, trial, quiet;
        using (var store = new SqliteStore(StorePath))
        {
            // Breaking: 4 of 5 articles in the last day. Growing: 3 recent of 8. Quiet: one old article.
            (_, fire) = DirectStore.Add(store, "Un incendie menace la forêt domaniale. Les pompiers luttent.", outlet: "A", published: "2024-08-01T08:00");
            for (int i = 0; i < 4; i++)
                DirectStore.Add(store, $"L'incendie gagne {i + 2}00 hectares. Point de situation.", fire, outlet: $"F{i}", published: $"2024-08-09T{8 + i:00}:00");
            (_, trial) = DirectStore.Add(store, "Le procès du transporteur s'ouvre. Audience publique.", outlet: "B", published: "2024-07-20T08:00");
            for (int i = 0; i < 4; i++)
                DirectStore.Add(store, $"Au procès, le témoin numéro {i} est entendu. Audience.", trial, outlet: $"T{i}", published: $"2024-07-2{1 + i}T08:00");
            for (int i = 0; i < 3; i++)
                DirectStore.Add(store, $"Procès : la plaidoirie numéro {i} commence. Audience.", trial, outlet: $"P{i}", published: $"2024-08-09T0{1 + i}:00");
            (_, quiet) = DirectStore.Add(store, "La bibliothèque change d'horaires. Rien d'autre.", outlet: "C", published: "2024-06-01");
        }

        var (code, text) = Run("stories");
        Assert.Equal(0, code);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string LineOf(long id) => Assert.Single(lines, l => l.StartsWith($"{id,5}  ", StringComparison.Ordinal));
        Assert.Matches(@"\]  BREAKING \S", LineOf(fire));
        Assert.Matches(@"\]  growing \S", LineOf(trial));
        Assert.DoesNotContain("BREAKING", LineOf(quiet));
        Assert.DoesNotContain("growing", LineOf(quiet));

        var (jsonCode, json) = Run("stories", "--format", "json");
        Assert.Equal(0, jsonCode);
        using var doc = JsonDocument.Parse(json);
        var momentum = doc.RootElement.EnumerateArray().ToDictionary(s => s.GetProperty("id").GetInt64(), s => s.GetProperty("momentum").GetString());
        Assert.Equal("breaking", momentum[fire]);
        Assert.Equal("growing", momentum[trial]);
        Assert.Equal("steady", momentum[quiet]);
    }
}
