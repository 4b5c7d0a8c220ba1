namespace Recoupe.Web.Tests.Support;

/// <summary>Finds the repository (the folder holding Recoupe.slnx) from the test's output folder.</summary>
public static class RepoPaths
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Recoupe.slnx"))) return dir.FullName;
            throw new InvalidOperationException("Recoupe.slnx not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>
    /// Where browser tests write their page screenshots: the README's docs/screenshots only when
    /// RECOUPE_UPDATE_SCREENSHOTS=1 asks for it (a test run must not dirty the checkout), else the test output folder.
    /// </summary>
    public static string Screenshots
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("RECOUPE_UPDATE_SCREENSHOTS") == "1"
                ? Path.Combine(Root, "docs", "screenshots")
                : Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public static string Seeds => Path.Combine(Root, "samples", "seeds");

    public static IReadOnlyList<string> SeedFiles => [.. Directory.GetFiles(Seeds, "*.txt").Order(StringComparer.Ordinal)];
}
