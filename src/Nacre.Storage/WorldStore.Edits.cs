using Microsoft.Data.Sqlite;

namespace Nacre.Storage;

// The edit log: append-only, one row per edit, applied in sequence order on top of the generated world.
public sealed partial class WorldStore
{
    /// <summary>
    /// Appends one edit to a world's log and returns its sequence number (1, 2, 3… per world). The append and the
    /// world's "updated" stamp are one transaction. Throws <see cref="KeyNotFoundException"/> for an unknown world.
    /// </summary>
    /// <param name="tick">Simulation tick (60 Hz) the edit was made at, ≥ 0.</param>
    /// <param name="kind">What sort of edit, e.g. "place"; 1 … 40 characters.</param>
    /// <param name="json">The edit's content as JSON.</param>
    public long AppendEdit(string worldId, long tick, string kind, string json)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tick);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(kind.Length, 40, nameof(kind));
        ArgumentNullException.ThrowIfNull(json);
        long now = Now();
        using SqliteConnection c = Connect();
        // IMMEDIATE takes the write lock up front, so two appenders cannot both read the same max(seq).
        using SqliteTransaction tx = c.BeginTransaction(deferred: false);
        using (SqliteCommand touch = c.CreateCommand())
        {
            touch.Transaction = tx;
            touch.CommandText = "UPDATE worlds SET updated_at = $now WHERE id = $id";
            touch.Parameters.AddWithValue("$id", worldId);
            touch.Parameters.AddWithValue("$now", now);
            if (touch.ExecuteNonQuery() != 1)
            {
                throw new KeyNotFoundException($"no world with id '{worldId}'");
            }
        }
        long seq;
        using (SqliteCommand cmd = c.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = """
                INSERT INTO edits (world_id, seq, tick, kind, json, created_at)
                VALUES ($id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM edits WHERE world_id = $id), $tick, $kind, $json, $now)
                RETURNING seq
                """;
            cmd.Parameters.AddWithValue("$id", worldId);
            cmd.Parameters.AddWithValue("$tick", tick);
            cmd.Parameters.AddWithValue("$kind", kind);
            cmd.Parameters.AddWithValue("$json", json);
            cmd.Parameters.AddWithValue("$now", now);
            seq = (long)cmd.ExecuteScalar()!;
        }
        tx.Commit();
        return seq;
    }

    /// <summary>A world's edits in the order they apply (empty for a world without edits or an unknown id).</summary>
    public IReadOnlyList<EditRecord> ReadEdits(string worldId)
    {
        using SqliteConnection c = Connect();
        using SqliteCommand cmd = c.CreateCommand();
        cmd.CommandText = "SELECT seq, tick, kind, json, created_at FROM edits WHERE world_id = $id ORDER BY seq";
        cmd.Parameters.AddWithValue("$id", worldId);
        using SqliteDataReader r = cmd.ExecuteReader();
        var list = new List<EditRecord>();
        while (r.Read())
        {
            list.Add(new EditRecord(worldId, r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), FromUnixMs(r.GetInt64(4))));
        }
        return list;
    }

    /// <summary>
    /// Copies every edit of <paramref name="fromWorldId"/> onto the end of <paramref name="toWorldId"/>'s log, in order,
    /// in one transaction (a remix keeps what was built in the original). Returns how many were copied.
    /// </summary>
    public int CopyEdits(string fromWorldId, string toWorldId)
    {
        using SqliteConnection c = Connect();
        using SqliteTransaction tx = c.BeginTransaction(deferred: false);
        using SqliteCommand cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = """
            INSERT INTO edits (world_id, seq, tick, kind, json, created_at)
            SELECT $to, (SELECT COALESCE(MAX(seq), 0) FROM edits WHERE world_id = $to) + seq, tick, kind, json, $now
            FROM edits WHERE world_id = $from ORDER BY seq
            """;
        cmd.Parameters.AddWithValue("$from", fromWorldId);
        cmd.Parameters.AddWithValue("$to", toWorldId);
        cmd.Parameters.AddWithValue("$now", Now());
        int n = cmd.ExecuteNonQuery();
        tx.Commit();
        return n;
    }
}
