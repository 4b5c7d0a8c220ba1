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
    /// The shared gold data folder: RECOUPE_EVAL_DATA, else "../shared/eval" next to the repository
    /// that holds the running code (found by walking up to Recoupe.slnx), else next to the current directory.
    /// </summary>
    public static string? SharedEvalFolder()
    {
        var env = Environment.GetEnvironmentVariable("RECOUPE_EVAL_DATA");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Recoupe.slnx")))
                {
                    var candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "eval"));
                    if (Directory.Exists(candidate)) return candidate;
                }
            }
        }
        return null;
    }
}
