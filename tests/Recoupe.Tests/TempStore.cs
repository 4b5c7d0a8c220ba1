using Recoupe.Storage;

namespace Recoupe.Tests;

/// <summary>A SQLite store in a fresh temporary folder, deleted with the test.</summary>
public sealed class TempStore : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("recoupe-store-").FullName;

    public TempStore() => Store = new SqliteStore(PathToDb);

    public string PathToDb => Path.Combine(_dir, "recoupe.db");
    public SqliteStore Store { get; private set; }

    /// <summary>Closes and reopens the file, as a second run of the program would.</summary>
    public SqliteStore Reopen()
    {
        Store.Dispose();
        Store = new SqliteStore(PathToDb);
        return Store;
    }

    public void Dispose()
    {
        Store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
