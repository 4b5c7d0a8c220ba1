namespace Recoupe.Ingest;

/// <summary>
/// Lists the files of a folder tree, depth first in ordinal order of their paths (two runs see the same order), with
/// bounded work for any tree: each directory is entered once by its real path (a link loop such as `x -> .` or
/// `y -> ..` ends there), each file is read once however many links lead to it, and a symbolic link that leads out
/// of the folder the user named is not followed but reported. Only files with known extensions are listed (see
/// <see cref="InputCollector"/>); unreadable folders and broken links are reported, and the walk goes on.
/// </summary>
public static class FolderWalker
{
    /// <summary>A file to read, or a path that could not be followed with the reason.</summary>
    public readonly record struct Found(InputFile? File, InputFailure? Problem);

    public static IEnumerable<Found> Walk(string root, Func<string, bool> wanted) =>
        UnixFiles.Supported ? WalkBytes(root, wanted) : WalkManaged(root, wanted);

    private static IEnumerable<Found> WalkBytes(string root, Func<string, bool> wanted)
    {
        var rootBytes = System.Text.Encoding.UTF8.GetBytes(root);
        var rootReal = UnixFiles.RealPath(rootBytes);
        if (rootReal is null) { yield return new(null, new InputFailure(root, "no such folder")); yield break; }
        var seenDirectories = new HashSet<string>(StringComparer.Ordinal) { Key(rootReal) };
        var seenFiles = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(byte[] Path, byte[] Real)>();
        pending.Push((rootBytes, rootReal));
        while (pending.Count > 0)
        {
            var (dir, dirReal) = pending.Pop();
            var entries = UnixFiles.List(dir, out var error);
            if (entries is null)
            {
                yield return new(null, new InputFailure(UnixFiles.Display(dir, out _), $"unreadable folder: {error}"));
                continue;
            }
            var children = new List<(string SortKey, byte[] Path, byte[] Real, bool Directory)>();
            foreach (var (name, kind) in entries)
            {
                var path = UnixFiles.Join(dir, name);
                var real = UnixFiles.Join(dirReal, name);
                bool isDirectory = kind == UnixFiles.EntryKind.Directory;
                if (kind is UnixFiles.EntryKind.Fifo or UnixFiles.EntryKind.Socket or UnixFiles.EntryKind.CharacterDevice or UnixFiles.EntryKind.BlockDevice)
                {
                    if (wanted(UnixFiles.Display(name, out _)))
                        yield return new(null, new InputFailure(UnixFiles.Display(path, out _), "not a regular file (FIFO, device or socket): not read"));
                    continue;
                }
                if (kind is UnixFiles.EntryKind.Link or UnixFiles.EntryKind.Unknown)
                {
                    var target = UnixFiles.RealPath(path);
                    if (target is null)
                    {
                        if (kind == UnixFiles.EntryKind.Link && wanted(UnixFiles.Display(name, out _)))
                            yield return new(null, new InputFailure(UnixFiles.Display(path, out _), "broken symbolic link"));
                        continue;
                    }
                    isDirectory = UnixFiles.IsDirectory(target);
                    if (!UnixFiles.IsUnder(target, rootReal))
                    {
                        if (isDirectory || wanted(UnixFiles.Display(name, out _)))
                            yield return new(null, new InputFailure(UnixFiles.Display(path, out _), "symbolic link out of the folder: not followed"));
                        continue;
                    }
                    real = target;
                }
                var display = UnixFiles.Display(name, out _);
                if (!isDirectory && !wanted(display)) continue;
                // Sorting a folder's entries by name, a directory's as "name/", walks the tree in ordinal order of full paths.
                children.Add((isDirectory ? display + "/" : display, path, real, isDirectory));
            }
            children.Sort((a, b) => string.CompareOrdinal(a.SortKey, b.SortKey));
            // Files come out in order; directories are pushed so that the first in order is walked first.
            var directories = new List<(byte[], byte[])>();
            foreach (var child in children)
            {
                if (child.Directory)
                {
                    if (seenDirectories.Add(Key(child.Real))) directories.Add((child.Path, child.Real));
                    continue;
                }
                if (!seenFiles.Add(Key(child.Real))) continue;
                yield return new(InputFile.FromBytes(child.Path), null);
            }
            for (int i = directories.Count - 1; i >= 0; i--) pending.Push(directories[i]);
        }
    }

    private static string Key(byte[] realPath) => Convert.ToBase64String(realPath);

    /// <summary>The same walk with the managed APIs (not Linux): real paths as far as .NET resolves links.</summary>
    private static IEnumerable<Found> WalkManaged(string root, Func<string, bool> wanted)
    {
        var rootReal = RealPath(new DirectoryInfo(root));
        var seenDirectories = new HashSet<string>(StringComparer.Ordinal) { rootReal };
        var seenFiles = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(string Path, string Real)>();
        pending.Push((root, rootReal));
        while (pending.Count > 0)
        {
            var (dir, dirReal) = pending.Pop();
            List<FileSystemInfo> entries;
            string? error = null;
            try { entries = new DirectoryInfo(dir).EnumerateFileSystemInfos().ToList(); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { entries = []; error = e.Message; }
            if (error is not null) { yield return new(null, new InputFailure(dir, $"unreadable folder: {error}")); continue; }
            var children = new List<(string SortKey, string Path, string Real, bool Directory)>();
            foreach (var entry in entries)
            {
                bool isDirectory = entry is DirectoryInfo;
                string real = Path.Combine(dirReal, entry.Name);
                if (entry.LinkTarget is not null)
                {
                    var target = entry.ResolveLinkTarget(returnFinalTarget: true);
                    if (target is null || !target.Exists) { if (wanted(entry.Name)) yield return new(null, new InputFailure(entry.FullName, "broken symbolic link")); continue; }
                    real = RealPath(target);
                    if (!(real == rootReal || real.StartsWith(rootReal.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
                    {
                        if (isDirectory || wanted(entry.Name)) yield return new(null, new InputFailure(entry.FullName, "symbolic link out of the folder: not followed"));
                        continue;
                    }
                }
                if (!isDirectory && !wanted(entry.Name)) continue;
                children.Add((isDirectory ? entry.Name + "/" : entry.Name, entry.FullName, real, isDirectory));
            }
            children.Sort((a, b) => string.CompareOrdinal(a.SortKey, b.SortKey));
            var directories = new List<(string, string)>();
            foreach (var child in children)
            {
                if (child.Directory) { if (seenDirectories.Add(child.Real)) directories.Add((child.Path, child.Real)); continue; }
                if (seenFiles.Add(child.Real)) yield return new(InputFile.At(child.Path), null);
            }
            for (int i = directories.Count - 1; i >= 0; i--) pending.Push(directories[i]);
        }
    }

    private static string RealPath(FileSystemInfo info) =>
        Path.GetFullPath((info.LinkTarget is not null ? info.ResolveLinkTarget(true)?.FullName : null) ?? info.FullName);
}
