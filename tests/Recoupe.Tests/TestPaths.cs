using Recoupe.Evaluation;

namespace Recoupe.Tests;

/// <summary>Where tests find the repository's samples and the shared gold data.</summary>
public static class TestPaths
{
    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Recoupe.slnx"))) return dir.FullName;
            throw new InvalidOperationException("Recoupe.slnx not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Seeds => Path.Combine(RepoRoot, "samples", "seeds");

    /// <summary>../shared/eval; quality-floor tests fail (not skip) without it, so CI cannot go green by losing the data.</summary>
    public static string SharedEval => EvalSuites.SharedEvalFolder()
        ?? throw new InvalidOperationException("Gold data not found: set RECOUPE_EVAL_DATA or place shared/eval beside the repository.");

    public static string Eval(string folder) => Path.Combine(SharedEval, folder);
}
