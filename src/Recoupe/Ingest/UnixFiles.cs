using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Recoupe.Ingest;

/// <summary>
/// File names as the Linux kernel has them: bytes, not necessarily UTF-8. .NET decodes a directory entry's name as
/// UTF-8 and replaces invalid bytes with U+FFFD, so a file named with Latin-1 bytes (common on old archives) can be
/// listed but never opened again by that name. Here directories are read with readdir, paths are resolved with
/// realpath and files are opened with open, all on the exact bytes. Linux only (glibc and musl share the dirent layout
/// read here); elsewhere <see cref="FolderWalker"/> uses the managed file APIs.
/// </summary>
internal static class UnixFiles
{
    public static bool Supported { get; } = OperatingSystem.IsLinux() && Environment.Is64BitProcess;

    /// <summary>d_type: a FIFO, device or socket is no file to read (opening a FIFO waits for a writer, /dev/zero never ends).</summary>
    public enum EntryKind : byte { Unknown = 0, Fifo = 1, CharacterDevice = 2, Directory = 4, BlockDevice = 6, File = 8, Link = 10, Socket = 12 }

    /// <summary>d_name's offset in struct dirent on 64-bit Linux: d_ino (8), d_off (8), d_reclen (2), d_type (1).</summary>
    private const int NameOffset = 19;
    private const int TypeOffset = 18;

    /// <summary>The entries of a directory (without "." and ".."), or null with the reason when it cannot be read.</summary>
    public static List<(byte[] Name, EntryKind Kind)>? List(byte[] directory, out string? error)
    {
        error = null;
        var dir = opendir(Terminated(directory));
        if (dir == IntPtr.Zero)
        {
            error = Marshal.GetLastPInvokeErrorMessage();
            return null;
        }
        var entries = new List<(byte[], EntryKind)>();
        try
        {
            while (true)
            {
                var entry = readdir(dir);
                if (entry == IntPtr.Zero) break;
                int length = 0;
                while (Marshal.ReadByte(entry, NameOffset + length) != 0) length++;
                var name = new byte[length];
                Marshal.Copy(entry + NameOffset, name, 0, length);
                if (name is [(byte)'.'] or [(byte)'.', (byte)'.']) continue;
                entries.Add((name, (EntryKind)Marshal.ReadByte(entry, TypeOffset)));
            }
        }
        finally
        {
            closedir(dir);
        }
        return entries;
    }

    /// <summary>The canonical path (links and ".." resolved), or null when it does not exist.</summary>
    public static byte[]? RealPath(byte[] path)
    {
        var resolved = realpath(Terminated(path), IntPtr.Zero);
        if (resolved == IntPtr.Zero) return null;
        try
        {
            int length = 0;
            while (Marshal.ReadByte(resolved, length) != 0) length++;
            var bytes = new byte[length];
            Marshal.Copy(resolved, bytes, 0, length);
            return bytes;
        }
        finally
        {
            free(resolved);
        }
    }

    public static bool IsDirectory(byte[] path)
    {
        var dir = opendir(Terminated(path));
        if (dir == IntPtr.Zero) return false;
        closedir(dir);
        return true;
    }

    /// <summary>
    /// Opens a file for reading by the exact bytes of its path. Non-blocking: a FIFO named like an article opens at once
    /// (and reads as empty) instead of waiting for a writer for ever; regular files ignore the flag.
    /// </summary>
    public static SafeFileHandle Open(byte[] path)
    {
        int fd = open(Terminated(path), 0 /* O_RDONLY */ | 0x800 /* O_NONBLOCK */ | 0x80000 /* O_CLOEXEC */);
        if (fd < 0) throw new IOException(Marshal.GetLastPInvokeErrorMessage());
        return new SafeFileHandle(fd, ownsHandle: true);
    }

    public static byte[] Join(byte[] directory, byte[] name)
    {
        bool slash = directory.Length > 0 && directory[^1] == (byte)'/';
        var path = new byte[directory.Length + (slash ? 0 : 1) + name.Length];
        directory.CopyTo(path, 0);
        if (!slash) path[directory.Length] = (byte)'/';
        name.CopyTo(path, path.Length - name.Length);
        return path;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="root"/> or lies under it.</summary>
    public static bool IsUnder(byte[] path, byte[] root) =>
        path.AsSpan().SequenceEqual(root)
        || path.AsSpan().StartsWith(root) && (root is [.., (byte)'/'] || path.Length > root.Length && path[root.Length] == (byte)'/');

    /// <summary>
    /// The path as text: UTF-8 when it is valid UTF-8 (then the text opens the file too), else with each byte that is
    /// not part of valid UTF-8 written as \xNN, so that it can be shown and stored but is opened by its bytes.
    /// </summary>
    public static string Display(byte[] path, out bool exact)
    {
        exact = System.Text.Unicode.Utf8.IsValid(path);
        if (exact) return Encoding.UTF8.GetString(path);
        var sb = new StringBuilder(path.Length + 8);
        var rest = path.AsSpan();
        while (rest.Length > 0)
        {
            var status = System.Text.Rune.DecodeFromUtf8(rest, out var rune, out int used);
            if (status == System.Buffers.OperationStatus.Done) sb.Append(rune.ToString());
            else
            {
                used = Math.Max(1, used);
                foreach (var b in rest[..used]) sb.Append($"\\x{b:X2}");
            }
            rest = rest[used..];
        }
        return sb.ToString();
    }

    private static byte[] Terminated(byte[] path)
    {
        var z = new byte[path.Length + 1];
        path.CopyTo(z, 0);
        return z;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr opendir(byte[] name);

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr readdir(IntPtr dir);

    [DllImport("libc")]
    private static extern int closedir(IntPtr dir);

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr realpath(byte[] path, IntPtr resolved);

    [DllImport("libc")]
    private static extern void free(IntPtr pointer);

    [DllImport("libc", SetLastError = true)]
    private static extern int open(byte[] path, int flags);
}
