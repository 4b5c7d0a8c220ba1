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

    public static string Seeds => Path.Combine(Root, "samples", "seeds");

    public static IReadOnlyList<string> SeedFiles => [.. Directory.GetFiles(Seeds, "*.txt").Order(StringComparer.Ordinal)];
}
