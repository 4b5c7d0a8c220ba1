using Microsoft.Win32.SafeHandles;

namespace Recoupe.Ingest;

/// <summary>
/// A file to ingest: the name it is shown and stored under, and how to reach its bytes. Most files are opened by that
/// name; one whose Linux name is not valid UTF-8 is shown with \xNN escapes and opened by the exact bytes of its path
/// (<see cref="UnixFiles"/>), so it is read like any other instead of being "unreadable".
/// </summary>
public sealed class InputFile
{
    private readonly byte[]? _raw;

    private InputFile(string name, byte[]? raw)
    {
        Name = name;
        _raw = raw;
    }

    /// <summary>A file the user named by a path (or one found by the managed walk).</summary>
    public static InputFile At(string path) => new(path, null);

    /// <summary>A file found by the byte-exact walk: opened by its bytes unless they are plain UTF-8.</summary>
    internal static InputFile FromBytes(byte[] path)
    {
        var name = UnixFiles.Display(path, out bool exact);
        return new InputFile(name, exact ? null : path);
    }

    /// <summary>The path as shown and stored (bytes that are not UTF-8 as \xNN).</summary>
    public string Name { get; }

    public override string ToString() => Name;

    public SafeFileHandle Open() =>
        _raw is not null ? UnixFiles.Open(_raw)
        : UnixFiles.Supported ? UnixFiles.Open(System.Text.Encoding.UTF8.GetBytes(Name))
        : File.OpenHandle(Name, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

    /// <summary>Size and last write time, or null when the file is gone or cannot be opened.</summary>
    public (long Size, DateTime ModifiedUtc)? Stamp()
    {
        try
        {
            using var handle = Open();
            return (Length(handle), File.GetLastWriteTimeUtc(handle));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The file's bytes; throws <see cref="IOException"/> when it is larger than <paramref name="maxBytes"/>.</summary>
    public byte[] ReadAllBytes(long maxBytes)
    {
        using var handle = Open();
        long length = Length(handle);
        if (length > maxBytes) throw new FileTooLargeException(length);
        var bytes = new byte[length];
        int read = 0;
        while (read < bytes.Length)
        {
            int n = RandomAccess.Read(handle, bytes.AsSpan(read), read);
            if (n == 0) break;
            read += n;
        }
        return read == bytes.Length ? bytes : bytes[..read];
    }

    /// <summary>The size of a regular file; a pipe or socket (it has none) is refused as such.</summary>
    private static long Length(SafeFileHandle handle)
    {
        try
        {
            return RandomAccess.GetLength(handle);
        }
        catch (NotSupportedException)
        {
            throw new IOException("not a regular file (FIFO, device or socket): not read");
        }
    }

    /// <summary>The scraper's metadata file beside this one (FILE.meta.json), whether or not it exists.</summary>
    public InputFile Sidecar() =>
        _raw is null ? At(Name + SidecarHints.Suffix) : FromBytes([.. _raw, .. System.Text.Encoding.ASCII.GetBytes(SidecarHints.Suffix)]);

    public bool Exists()
    {
        if (_raw is null) return File.Exists(Name);
        try
        {
            using var _ = Open();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}

/// <summary>A file over the size cap: rejected rather than read into memory.</summary>
public sealed class FileTooLargeException(long length) : IOException($"file too large ({length / (1024 * 1024)} MiB > {InputCollector.MaxFileBytes / (1024 * 1024)} MiB)")
{
    public long Length { get; } = length;
}
