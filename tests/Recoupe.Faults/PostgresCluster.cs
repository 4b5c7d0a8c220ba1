using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Recoupe.Faults;

/// <summary>
/// A throw-away PostgreSQL cluster on 127.0.0.1 for the store tests and the fault suite: initdb in a temporary folder,
/// started on a free port, stopped and deleted afterwards. PostgreSQL's binaries must be installed
/// (Debian: postgresql); as root the server runs as the `postgres` user, as PostgreSQL requires.
/// Missing binaries fail the tests with a clear message rather than skipping them.
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    private readonly string _dir;
    private readonly string _bin;
    private int _databases;

    public PostgresCluster()
    {
        _bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault() ?? ""
            : "";
        if (_bin.Length == 0) throw new InvalidOperationException("PostgreSQL binaries not found under /usr/lib/postgresql/*/bin (apt-get install postgresql)");
        _dir = Directory.CreateTempSubdirectory("recoupe-pg-").FullName;
        Port = FreePort();
        if (IsRoot) Run("chown", "-R", "postgres:postgres", _dir);
        Pg("initdb", "-D", Data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C");
        Pg("pg_ctl", "-D", Data, "-l", Path.Combine(_dir, "server.log"), "-w", "-t", "60",
            "-o", $"-p {Port} -h 127.0.0.1 -k {_dir} -F -c fsync=off -c full_page_writes=off", "start");
    }

    public int Port { get; }
    private string Data => Path.Combine(_dir, "data");
    private static bool IsRoot => Environment.UserName == "root";

    /// <summary>A new, empty database for one test.</summary>
    public string NewDatabase(bool pooled = false) => ConnectionString(NewDatabaseName(), pooled);

    /// <param name="pooled">Pooled connections, as a long-running worker would use them (the store opens one per call).</param>
    public string ConnectionString(string db, bool pooled = false) => $"Host=127.0.0.1;Port={Port};Username=postgres;Database={db};Pooling={(pooled ? "true" : "false")}";

    /// <summary>The same database as the `recoupe --store` option takes it.</summary>
    public string Uri(string db) => $"postgres://postgres@127.0.0.1:{Port}/{db}";

    /// <summary>A new, empty database for one run; its name (for <see cref="Uri"/> and <see cref="ConnectionString"/>).</summary>
    public string NewDatabaseName()
    {
        var name = $"t{Interlocked.Increment(ref _databases)}";
        using var c = new NpgsqlConnection(ConnectionString("postgres"));
        c.Open();
        using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", c);
        cmd.ExecuteNonQuery();
        return name;
    }

    public void Dispose()
    {
        try { Pg("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop"); } catch (InvalidOperationException) { }
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    private void Pg(string tool, params string[] args)
    {
        var exe = Path.Combine(_bin, tool);
        if (IsRoot) Run("runuser", ["-u", "postgres", "--", exe, .. args]);
        else Run(exe, args);
    }

    private static void Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromSeconds(120))) { p.Kill(true); throw new InvalidOperationException($"{file} timed out"); }
        if (p.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({p.ExitCode}): {err.Result}{output.Result}");
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
