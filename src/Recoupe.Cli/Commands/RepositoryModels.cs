namespace Recoupe.Cli.Commands;

/// <summary>
/// Where the train commands write by default: models/ at the root of the repository the command runs in, found by walking up from
/// the current directory to Recoupe.slnx (then from the CLI's own folder, as ./recoupe runs a built copy), so a retrain replaces the
/// shipped file wherever in the checkout it is started; outside a checkout, models/ under the current directory.
/// </summary>
internal static class RepositoryModels
{
    public static string PathOf(string name)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Recoupe.slnx"))) return Path.Combine(dir.FullName, "models", name);
        return Path.Combine("models", name);
    }
}
