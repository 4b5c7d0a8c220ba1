using System.Diagnostics;

namespace Recoupe.Tests.Cli;

/// <summary>Runs the real `recoupe` program (the built Recoupe.Cli.dll) as a user would, in its own process.</summary>
public static class CliProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(string store, params string[] args) => RunWith(store, new Dictionary<string, string>(), args);

    /// <summary>The same with more environment variables (e.g. RECOUPE_NOW).</summary>
    public static Result RunWith(string store, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = TestPaths.RepoRoot,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Recoupe.Cli.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["RECOUPE_STORE"] = store;
        psi.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment) psi.Environment[name] = value;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(3))) { p.Kill(true); throw new TimeoutException("recoupe " + string.Join(' ', args)); }
        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }
}
