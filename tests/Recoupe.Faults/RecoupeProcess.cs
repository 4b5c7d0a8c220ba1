using System.Diagnostics;
using System.Text.Json;

namespace Recoupe.Faults;

/// <summary>What one `recoupe` process did: its exit code (null when it was killed), its output, and its peak memory.</summary>
public sealed record ProcessResult(int? ExitCode, string Stdout, string Stderr, long PeakBytes, TimeSpan Elapsed)
{
    public bool Killed => ExitCode is null;

    /// <summary>The `ingest --format json` report's inputs: input name → (status, reason).</summary>
    public IReadOnlyList<(string Input, string Status, string? Reason)> Inputs()
    {
        using var doc = JsonDocument.Parse(Stdout);
        return doc.RootElement.GetProperty("inputs").EnumerateArray()
            .Select(i => (i.GetProperty("input").GetString()!, i.GetProperty("status").GetString()!,
                i.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null))
            .ToList();
    }
}

/// <summary>
/// Runs the real `recoupe` program (Recoupe.Cli.dll beside this assembly) as a user would, in its own process:
/// to the end, or killed with SIGKILL (kill -9) after a given time. The peak resident memory is read from
/// /proc/PID/status (VmHWM) while it runs.
/// </summary>
public static class RecoupeProcess
{
    public static string CliDll => Path.Combine(AppContext.BaseDirectory, "Recoupe.Cli.dll");

    public static ProcessResult Run(string store, IEnumerable<string> args, TimeSpan? killAfter = null, TimeSpan? timeout = null)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        psi.ArgumentList.Add(CliDll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.ArgumentList.Add("--store");
        psi.ArgumentList.Add(store);
        psi.Environment["DOTNET_NOLOGO"] = "1";
        var clock = Stopwatch.StartNew();
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        long peak = 0;
        var limit = killAfter ?? timeout ?? TimeSpan.FromMinutes(10);
        bool killed = false;
        while (!p.WaitForExit(50))
        {
            peak = Math.Max(peak, PeakResident(p.Id));
            if (clock.Elapsed < limit) continue;
            // kill -9: no handler runs, no transaction is finished.
            try { p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            p.WaitForExit();
            killed = true;
            break;
        }
        if (killAfter is null && killed) throw new TimeoutException($"recoupe {string.Join(' ', args)} did not end within {limit}");
        return new ProcessResult(killed ? null : p.ExitCode, stdout.Result, stderr.Result, peak, clock.Elapsed);
    }

    /// <summary>VmHWM of a running process in bytes (0 when it is gone or not on Linux).</summary>
    internal static long PeakResident(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException) { }
        return 0;
    }
}
