using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace Nacre.Storage;

/// <summary>
/// The embedded SQLite store of one installation: worlds (prompt, spec, seed, generator version, last view,
/// thumbnail), their append-only edit logs, sessions, takes and shots. Every write is one transaction in WAL mode,
/// so a crash or kill loses at most the write in flight, never a saved one.
/// </summary>
/// <remarks>
/// Thread-safe: each call opens a pooled connection of its own. Time stamps come from the injected
/// <see cref="TimeProvider"/> and are stored as unix milliseconds (UTC).
/// </remarks>
public sealed partial class WorldStore : IDisposable
{
    /// <summary>Longest world name accepted, characters.</summary>
    public const int MaxNameLength = 120;

    private const string IdAlphabet = "0123456789abcdefghjkmnpqrstvwxyz"; // Crockford base32, lower case

    private readonly string _connectionString;
    private readonly TimeProvider _time;

    private WorldStore(string path, TimeProvider time)
    {
        DatabasePath = path;
        _time = time;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = 10, // seconds a command waits on a lock held by another writer
        }.ToString();
    }

    /// <summary>Full path of the database file.</summary>
    public string DatabasePath { get; }

    /// <summary>Schema version after migration.</summary>
    public int SchemaVersion { get; private set; }

    /// <summary>
    /// Opens (creating if needed) the database at <paramref name="databasePath"/>, switches it to WAL and runs any
    /// pending migrations. Throws <see cref="StoreException"/> with a message for people when it cannot.
    /// </summary>
    public static WorldStore Open(string databasePath, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        string full = Path.GetFullPath(databasePath);
        string? dir = Path.GetDirectoryName(full);
        try
        {
            if (dir is not null)
            {
                Directory.CreateDirectory(dir);
            }
            var store = new WorldStore(full, time ?? TimeProvider.System);
            using SqliteConnection c = store.Connect();
            using (SqliteCommand cmd = c.CreateCommand())
            {
                // WAL is a property of the file: set once, it stays.
                cmd.CommandText = "PRAGMA journal_mode = WAL";
                cmd.ExecuteNonQuery();
            }
            store.SchemaVersion = StoreSchema.Migrate(c);
            return store;
        }
        catch (SqliteException e)
        {
            throw new StoreException($"cannot open the world database '{full}': {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new StoreException($"cannot create the world database '{full}': {e.Message}", e);
        }
    }

    /// <summary>Saves a new world and returns it with its new id.</summary>
    public WorldRecord CreateWorld(NewWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        string name = CheckName(world.Name);
        long now = Now();
        string id = NewId('w');
        using SqliteConnection c = Connect();
        using SqliteCommand cmd = c.CreateCommand();
        cmd.CommandText = """
            INSERT INTO worlds (id, name, prompt, seed, spec_json, generator_version, parent_id, created_at, updated_at)
            VALUES ($id, $name, $prompt, $seed, $spec, $gen, $parent, $now, $now)
            """;
        cmd.Parameters.AddWithValue("$id", id);
        cmd.Parameters.AddWithValue("$name", name);
        cmd.Parameters.AddWithValue("$prompt", world.Prompt);
        cmd.Parameters.AddWithValue("$seed", unchecked((long)world.Seed));
        cmd.Parameters.AddWithValue("$spec", world.SpecJson);
        cmd.Parameters.AddWithValue("$gen", world.GeneratorVersion);
        cmd.Parameters.AddWithValue("$parent", (object?)world.ParentId ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$now", now);
        cmd.ExecuteNonQuery();
        return GetWorld(id) ?? throw new StoreException($"world {id} vanished right after it was saved");
    }

    /// <summary>The world with this id, or null.</summary>
    public WorldRecord? GetWorld(string id)
    {
        using SqliteConnection c = Connect();
        using SqliteCommand cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT id, name, prompt, seed, spec_json, generator_version, parent_id, view_json,
                   thumbnail IS NOT NULL, (SELECT COUNT(*) FROM edits e WHERE e.world_id = w.id), created_at, updated_at
            FROM worlds w WHERE id = $id
            """;
        cmd.Parameters.AddWithValue("$id", id);
        using SqliteDataReader r = cmd.ExecuteReader();
        if (!r.Read())
        {
            return null;
        }
        return new WorldRecord(
            r.GetString(0), r.GetString(1), r.GetString(2), unchecked((ulong)r.GetInt64(3)), r.GetString(4), r.GetString(5),
            r.IsDBNull(6) ? null : r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7), r.GetBoolean(8), r.GetInt32(9),
            FromUnixMs(r.GetInt64(10)), FromUnixMs(r.GetInt64(11)));
    }

    /// <summary>Every world, most recently changed first.</summary>
    public IReadOnlyList<WorldSummary> ListWorlds()
    {
        using SqliteConnection c = Connect();
        using SqliteCommand cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT id, name, prompt, seed, parent_id, generator_version, thumbnail IS NOT NULL, created_at, updated_at
            FROM worlds ORDER BY updated_at DESC, created_at DESC, id
            """;
        using SqliteDataReader r = cmd.ExecuteReader();
        var list = new List<WorldSummary>();
        while (r.Read())
        {
            list.Add(new WorldSummary(
                r.GetString(0), r.GetString(1), r.GetString(2), unchecked((ulong)r.GetInt64(3)),
                r.IsDBNull(4) ? null : r.GetString(4), r.GetString(5), r.GetBoolean(6), FromUnixMs(r.GetInt64(7)), FromUnixMs(r.GetInt64(8))));
        }
        return list;
    }

    /// <summary>Renames a world; false when there is no such world.</summary>
    public bool RenameWorld(string id, string name) =>
        Update(id, "name = $value", CheckName(name));

    /// <summary>Stores where the walker last stood and looked (opaque JSON owned by the studio); false when there is no such world.</summary>
    public bool SaveView(string id, string viewJson) =>
        Update(id, "view_json = $value", viewJson);

    /// <summary>Stores the world's gallery picture (JPEG bytes); false when there is no such world.</summary>
    public bool SetThumbnail(string id, byte[] jpeg) =>
        Update(id, "thumbnail = $value", jpeg);

    /// <summary>The gallery picture (JPEG), or null when the world has none or does not exist.</summary>
    public byte[]? GetThumbnail(string id)
    {
        using SqliteConnection c = Connect();
        using SqliteCommand cmd = c.CreateCommand();
        cmd.CommandText = "SELECT thumbnail FROM worlds WHERE id = $id";
        cmd.Parameters.AddWithValue("$id", id);
        return cmd.ExecuteScalar() as byte[];
    }

    /// <summary>Deletes a world with its edits, sessions, takes and shots; false when there is no such world.</summary>
    public bool DeleteWorld(string id)
    {
        using SqliteConnection c = Connect();
        using SqliteCommand cmd = c.CreateCommand();
        cmd.CommandText = "DELETE FROM worlds WHERE id = $id";
        cmd.Parameters.AddWithValue("$id", id);
        return cmd.ExecuteNonQuery() == 1;
    }

    /// <summary>Releases pooled connections so the database file can be moved or deleted.</summary>
    public void Dispose() => SqliteConnection.ClearAllPools();

    private bool Update(string id, string assignment, object value)
    {
        using SqliteConnection c = Connect();
        using SqliteCommand cmd = c.CreateCommand();
        cmd.CommandText = $"UPDATE worlds SET {assignment}, updated_at = $now WHERE id = $id";
        cmd.Parameters.AddWithValue("$id", id);
        cmd.Parameters.AddWithValue("$value", value);
        cmd.Parameters.AddWithValue("$now", Now());
        return cmd.ExecuteNonQuery() == 1;
    }

    private static string CheckName(string name)
    {
        string trimmed = (name ?? "").Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxNameLength)
        {
            throw new ArgumentException($"a world name must be 1 to {MaxNameLength} characters, got {trimmed.Length}", nameof(name));
        }
        return trimmed;
    }

    private SqliteConnection Connect()
    {
        var c = new SqliteConnection(_connectionString);
        c.Open();
        using SqliteCommand cmd = c.CreateCommand();
        // NORMAL is crash-safe in WAL mode (a killed process loses nothing committed); only a power cut can lose
        // the last transactions, never corrupt the file.
        cmd.CommandText = "PRAGMA synchronous = NORMAL";
        cmd.ExecuteNonQuery();
        return c;
    }

    private long Now() => _time.GetUtcNow().ToUnixTimeMilliseconds();

    private static DateTimeOffset FromUnixMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    /// <summary>A random id: a prefix letter and 12 base32 characters (60 bits), e.g. <c>w7k2m9q4x1c3v</c>.</summary>
    internal static string NewId(char prefix)
    {
        Span<byte> bytes = stackalloc byte[12];
        RandomNumberGenerator.Fill(bytes);
        Span<char> chars = stackalloc char[13];
        chars[0] = prefix;
        for (int i = 0; i < 12; i++)
        {
            chars[i + 1] = IdAlphabet[bytes[i] & 31];
        }
        return new string(chars);
    }
}
