using System.Reflection;

namespace Recoupe.Evaluation;

/// <summary>All eval suites in this assembly, by name. Suites need a public parameterless constructor.</summary>
public static class EvalSuites
{
    private static readonly Lazy<IReadOnlyList<IEvalSuite>> AllSuites = new(() =>
        typeof(EvalSuites).Assembly.GetTypes()
            .Where(t => typeof(IEvalSuite).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false } && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IEvalSuite)Activator.CreateInstance(t)!)
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList());

    public static IReadOnlyList<IEvalSuite> All => AllSuites.Value;

    public static IEvalSuite? Find(string name) => All.FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The shared gold data folder: RECOUPE_EVAL_DATA, else the nearest "shared/eval" beside the repository
    /// that holds the running code (found by walking up to Recoupe.slnx) or beside one of its parents
    /// (a git worktree lives one level deeper), else the same from the current directory.
    /// </summary>
    public static string? SharedEvalFolder()
    {
        var env = Environment.GetEnvironmentVariable("RECOUPE_EVAL_DATA");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            var repo = FindUp(new DirectoryInfo(start), d => File.Exists(Path.Combine(d.FullName, "Recoupe.slnx")));
            var shared = repo is null ? null : FindUp(repo.Parent, d => Directory.Exists(Path.Combine(d.FullName, "shared", "eval")));
            if (shared is not null) return Path.Combine(shared.FullName, "shared", "eval");
        }
        return null;
    }

    /// <summary>The repository that holds the running code (or the current directory), found by its Recoupe.slnx.</summary>
    public static string? RepositoryFolder()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            if (FindUp(new DirectoryInfo(start), d => File.Exists(Path.Combine(d.FullName, "Recoupe.slnx"))) is { } repo) return repo.FullName;
        return null;
    }

    /// <summary>Where a suite reads its data when no path is given: the repository for data we ship, else the shared eval folder.</summary>
    public static string? DefaultDataPath(IEvalSuite suite) =>
        (suite.DataInRepository ? RepositoryFolder() : SharedEvalFolder()) is { } root ? Path.Combine(root, suite.DefaultDataFolder) : null;

    private static DirectoryInfo? FindUp(DirectoryInfo? dir, Func<DirectoryInfo, bool> found)
    {
        for (; dir is not null; dir = dir.Parent)
            if (found(dir)) return dir;
        return null;
    }
}
