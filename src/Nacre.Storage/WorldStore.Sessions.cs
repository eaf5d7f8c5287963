using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace Nacre.Storage;

// Sessions (who walked which world when), takes (input logs that replay exactly) and shots.
public sealed partial class WorldStore
{
    /// <summary>Records that a session started on a world; returns it. The session's secret token is not stored.</summary>
    public SessionRecord StartSession(string sessionId, string worldId, string resolution)
    {
        long now = Now();
        using SqliteConnection c = Connect();
        using SqliteCommand cmd = c.CreateCommand();
        cmd.CommandText = "INSERT INTO sessions (id, world_id, resolution, started_at) VALUES ($id, $world, $res, $now)";
        cmd.Parameters.AddWithValue("$id", sessionId);
        cmd.Parameters.AddWithValue("$world", worldId);
        cmd.Parameters.AddWithValue("$res", resolution);
        cmd.Parameters.AddWithValue("$now", now);
        try
        {
            cmd.ExecuteNonQuery();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19) // SQLITE_CONSTRAINT: the world is gone
        {
            throw new KeyNotFoundException($"no world with id '{worldId}'", e);
        }
        return new SessionRecord(sessionId, worldId, resolution, FromUnixMs(now), null, null, 0);
    }

    /// <summary>Marks a session ended (once; later calls keep the first end).</summary>
    /// <param name="reason">Why: "closed", "idle", "shutdown", "error".</param>
    /// <param name="framesSent">Frames the session delivered.</param>
    public void EndSession(string sessionId, string reason, long framesSent)
    {
        using SqliteConnection c = Connect();
        using SqliteCommand cmd = c.CreateCommand();
        cmd.CommandText = "UPDATE sessions SET ended_at = $now, end_reason = $reason, frames_sent = $frames WHERE id = $id AND ended_at IS NULL";
        cmd.Parameters.AddWithValue("$id", sessionId);
        cmd.Parameters.AddWithValue("$reason", reason);
        cmd.Parameters.AddWithValue("$frames", framesSent);
        cmd.Parameters.AddWithValue("$now", Now());
        cmd.ExecuteNonQuery();
    }

    /// <summary>The session with this id, or null.</summary>
    public SessionRecord? GetSession(string sessionId)
    {
        using SqliteConnection c = Connect();
        using SqliteCommand cmd = c.CreateCommand();
        cmd.CommandText = "SELECT id, world_id, resolution, started_at, ended_at, end_reason, frames_sent FROM sessions WHERE id = $id";
        cmd.Parameters.AddWithValue("$id", sessionId);
        using SqliteDataReader r = cmd.ExecuteReader();
        return r.Read()
            ? new SessionRecord(r.GetString(0), r.GetString(1), r.GetString(2), FromUnixMs(r.GetInt64(3)),
                r.IsDBNull(4) ? null : FromUnixMs(r.GetInt64(4)), r.IsDBNull(5) ? null : r.GetString(5), r.GetInt64(6))
            : null;
    }

    /// <summary>Saves a take (inputs and commands stamped by tick) and returns it with its id.</summary>
    /// <param name="ticks">Length of the take, simulation ticks, ≥ 0.</param>
    public TakeRecord SaveTake(string worldId, string? sessionId, string name, long ticks, string inputJson)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ticks);
        string takeName = CheckName(name);
        long now = Now();
        using SqliteConnection c = Connect();
        using SqliteCommand cmd = c.CreateCommand();
        cmd.CommandText = """
            INSERT INTO takes (public_id, world_id, session_id, name, ticks, input_json, created_at)
            VALUES ($public, $world, $session, $name, $ticks, $json, $now) RETURNING id
            """;
        string publicId = NewTakeId();
        cmd.Parameters.AddWithValue("$public", publicId);
        cmd.Parameters.AddWithValue("$world", worldId);
        cmd.Parameters.AddWithValue("$session", (object?)sessionId ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$name", takeName);
        cmd.Parameters.AddWithValue("$ticks", ticks);
        cmd.Parameters.AddWithValue("$json", inputJson);
        cmd.Parameters.AddWithValue("$now", now);
        long id;
        try
        {
            id = (long)cmd.ExecuteScalar()!;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19)
        {
            throw new KeyNotFoundException($"no world with id '{worldId}'", e);
        }
        return new TakeRecord(id, publicId, worldId, sessionId, takeName, ticks, inputJson, FromUnixMs(now));
    }

    /// <summary>The take with this id, or null.</summary>
    public TakeRecord? GetTake(long takeId) => ReadTakes("id = $key", takeId).FirstOrDefault();

    /// <summary>The take with this public id (<see cref="TakeRecord.PublicId"/>), or null.</summary>
    public TakeRecord? GetTake(string publicId) => ReadTakes("public_id = $key", publicId).FirstOrDefault();

    /// <summary>A world's takes, oldest first.</summary>
    public IReadOnlyList<TakeRecord> ListTakes(string worldId) => ReadTakes("world_id = $key", worldId);

    /// <summary>Saves a shot-list row and returns it with its id.</summary>
    public ShotRecord AddShot(string worldId, long? takeId, string name, string json)
    {
        string shotName = CheckName(name);
        long now = Now();
        using SqliteConnection c = Connect();
        using SqliteCommand cmd = c.CreateCommand();
        cmd.CommandText = """
            INSERT INTO shots (world_id, take_id, name, json, created_at) VALUES ($world, $take, $name, $json, $now) RETURNING id
            """;
        cmd.Parameters.AddWithValue("$world", worldId);
        cmd.Parameters.AddWithValue("$take", (object?)takeId ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$name", shotName);
        cmd.Parameters.AddWithValue("$json", json);
        cmd.Parameters.AddWithValue("$now", now);
        long id;
        try
        {
            id = (long)cmd.ExecuteScalar()!;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19)
        {
            throw new KeyNotFoundException($"no world '{worldId}' (or no take {takeId}) to add a shot to", e);
        }
        return new ShotRecord(id, worldId, takeId, shotName, json, FromUnixMs(now));
    }

    /// <summary>A world's shots, oldest first.</summary>
    public IReadOnlyList<ShotRecord> ListShots(string worldId)
    {
        using SqliteConnection c = Connect();
        using SqliteCommand cmd = c.CreateCommand();
        cmd.CommandText = "SELECT id, take_id, name, json, created_at FROM shots WHERE world_id = $id ORDER BY id";
        cmd.Parameters.AddWithValue("$id", worldId);
        using SqliteDataReader r = cmd.ExecuteReader();
        var list = new List<ShotRecord>();
        while (r.Read())
        {
            list.Add(new ShotRecord(r.GetInt64(0), worldId, r.IsDBNull(1) ? null : r.GetInt64(1), r.GetString(2), r.GetString(3), FromUnixMs(r.GetInt64(4))));
        }
        return list;
    }

    private List<TakeRecord> ReadTakes(string where, object key)
    {
        using SqliteConnection c = Connect();
        using SqliteCommand cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT id, public_id, world_id, session_id, name, ticks, input_json, created_at FROM takes WHERE {where} ORDER BY id";
        cmd.Parameters.AddWithValue("$key", key);
        using SqliteDataReader r = cmd.ExecuteReader();
        var list = new List<TakeRecord>();
        while (r.Read())
        {
            list.Add(new TakeRecord(r.GetInt64(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4),
                r.GetInt64(5), r.GetString(6), FromUnixMs(r.GetInt64(7))));
        }
        return list;
    }

    /// <summary>A new take's public id: "t" and 32 hex digits, 128 random bits (as migration 3 gives older takes).</summary>
    private static string NewTakeId() => "t" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
