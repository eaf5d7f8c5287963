using Microsoft.Data.Sqlite;

namespace Nacre.Storage;

// Recovery and maintenance: damaged edit rows set aside, integrity checks, consistent backups.
public sealed partial class WorldStore
{
    /// <summary>
    /// Moves one edit row out of the world's log into <c>damaged_edits</c> (one transaction), so the world opens
    /// without it and the row's bytes are kept. Returns false when the row is not there (already set aside).
    /// </summary>
    /// <param name="reason">Why it could not be read, for people.</param>
    public bool SetAsideEdit(string worldId, long sequence, string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        using SqliteConnection c = Connect();
        using SqliteTransaction tx = c.BeginTransaction(deferred: false);
        using (SqliteCommand copy = c.CreateCommand())
        {
            copy.Transaction = tx;
            // CAST AS BLOB keeps the bytes as stored even when they are not valid UTF-8.
            copy.CommandText = """
                INSERT INTO damaged_edits (world_id, seq, tick, kind, json, created_at, reason, set_aside_at)
                SELECT world_id, seq, tick, kind, CAST(json AS BLOB), created_at, $reason, $now
                FROM edits WHERE world_id = $id AND seq = $seq
                """;
            copy.Parameters.AddWithValue("$id", worldId);
            copy.Parameters.AddWithValue("$seq", sequence);
            copy.Parameters.AddWithValue("$reason", reason);
            copy.Parameters.AddWithValue("$now", Now());
            if (copy.ExecuteNonQuery() == 0)
            {
                return false;
            }
        }
        using (SqliteCommand delete = c.CreateCommand())
        {
            delete.Transaction = tx;
            delete.CommandText = "DELETE FROM edits WHERE world_id = $id AND seq = $seq";
            delete.Parameters.AddWithValue("$id", worldId);
            delete.Parameters.AddWithValue("$seq", sequence);
            delete.ExecuteNonQuery();
        }
        tx.Commit();
        return true;
    }

    /// <summary>Edit rows set aside as damaged, oldest first; of one world, or of all when <paramref name="worldId"/> is null.</summary>
    public IReadOnlyList<DamagedEdit> ListDamagedEdits(string? worldId = null)
    {
        using SqliteConnection c = Connect();
        using SqliteCommand cmd = c.CreateCommand();
        cmd.CommandText = "SELECT world_id, seq, kind, reason, set_aside_at FROM damaged_edits"
            + (worldId is null ? "" : " WHERE world_id = $id") + " ORDER BY set_aside_at, world_id, seq";
        if (worldId is not null)
        {
            cmd.Parameters.AddWithValue("$id", worldId);
        }
        using SqliteDataReader r = cmd.ExecuteReader();
        var list = new List<DamagedEdit>();
        while (r.Read())
        {
            list.Add(new DamagedEdit(r.GetString(0), r.GetInt64(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetString(3), FromUnixMs(r.GetInt64(4))));
        }
        return list;
    }

    /// <summary>
    /// SQLite's own check of the whole file (<c>PRAGMA integrity_check</c>) and of its foreign keys: an empty list
    /// when the database is sound, else one line per problem found.
    /// </summary>
    public IReadOnlyList<string> CheckIntegrity()
    {
        try
        {
            return CheckIntegrityCore();
        }
        catch (SqliteException e)
        {
            // So damaged that the check itself cannot run through it.
            return [$"the database file is damaged: {e.Message} (restore a backup; 'nacre store backup' makes one)"];
        }
    }

    private List<string> CheckIntegrityCore()
    {
        using SqliteConnection c = Connect();
        var problems = new List<string>();
        using (SqliteCommand cmd = c.CreateCommand())
        {
            cmd.CommandText = "PRAGMA integrity_check";
            using SqliteDataReader r = cmd.ExecuteReader();
            while (r.Read())
            {
                string line = r.GetString(0);
                if (line != "ok")
                {
                    problems.Add(line);
                }
            }
        }
        using (SqliteCommand cmd = c.CreateCommand())
        {
            cmd.CommandText = "PRAGMA foreign_key_check";
            using SqliteDataReader r = cmd.ExecuteReader();
            while (r.Read())
            {
                problems.Add($"row {r.GetValue(1)} of {r.GetString(0)} points to a missing row of {r.GetString(2)}");
            }
        }
        return problems;
    }

    /// <summary>
    /// Writes a consistent copy of the database to <paramref name="destination"/> with SQLite's online backup (the
    /// studio may keep writing meanwhile): first to a temporary name beside it, then renamed, so a failed backup
    /// never leaves a half-written file under the final name. An existing file there is replaced.
    /// </summary>
    public void Backup(string destination)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        string full = Path.GetFullPath(destination);
        string temp = full + ".partial-" + Path.GetRandomFileName();
        try
        {
            using (SqliteConnection source = Connect())
            using (var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temp, Pooling = false }.ToString()))
            {
                target.Open();
                source.BackupDatabase(target);
                using SqliteCommand cmd = target.CreateCommand();
                // A backup is one self-contained file: no -wal beside it.
                cmd.CommandText = "PRAGMA journal_mode = DELETE";
                cmd.ExecuteNonQuery();
            }
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
