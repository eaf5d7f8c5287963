using Microsoft.Data.Sqlite;

namespace Nacre.Storage;

/// <summary>
/// The database schema as an ordered list of migrations. <c>PRAGMA user_version</c> records how many have run;
/// opening a store runs the rest, each in its own transaction. Append a migration to change the schema, never
/// edit one that has shipped: databases in the wild already ran it.
/// </summary>
internal static class StoreSchema
{
    private static readonly string[] Migrations =
    [
        // 1: worlds, their edit logs, sessions, takes and shots.
        """
        CREATE TABLE worlds (
            id                TEXT PRIMARY KEY,
            name              TEXT NOT NULL,
            prompt            TEXT NOT NULL,
            seed              INTEGER NOT NULL,          -- ulong stored as its two's-complement long
            spec_json         TEXT NOT NULL,
            generator_version TEXT NOT NULL,
            parent_id         TEXT NULL,                 -- the world this one was remixed from (may be deleted since)
            view_json         TEXT NULL,                 -- where the walker last stood and looked
            thumbnail         BLOB NULL,                 -- JPEG
            created_at        INTEGER NOT NULL,          -- unix milliseconds, UTC
            updated_at        INTEGER NOT NULL
        );
        CREATE INDEX worlds_by_created ON worlds(created_at DESC);

        CREATE TABLE edits (
            world_id   TEXT NOT NULL REFERENCES worlds(id) ON DELETE CASCADE,
            seq        INTEGER NOT NULL,                 -- 1, 2, 3… per world: the order edits are applied in
            tick       INTEGER NOT NULL,                 -- simulation tick (60 Hz) the edit was made at
            kind       TEXT NOT NULL,
            json       TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            PRIMARY KEY (world_id, seq)
        ) WITHOUT ROWID;

        CREATE TABLE sessions (
            id          TEXT PRIMARY KEY,
            world_id    TEXT NOT NULL REFERENCES worlds(id) ON DELETE CASCADE,
            resolution  TEXT NOT NULL,
            started_at  INTEGER NOT NULL,
            ended_at    INTEGER NULL,
            end_reason  TEXT NULL,
            frames_sent INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX sessions_by_world ON sessions(world_id);

        CREATE TABLE takes (
            id         INTEGER PRIMARY KEY AUTOINCREMENT,
            world_id   TEXT NOT NULL REFERENCES worlds(id) ON DELETE CASCADE,
            session_id TEXT NULL,
            name       TEXT NOT NULL,
            ticks      INTEGER NOT NULL,                 -- length of the take, simulation ticks
            input_json TEXT NOT NULL,                    -- inputs and commands stamped by tick
            created_at INTEGER NOT NULL
        );
        CREATE INDEX takes_by_world ON takes(world_id);

        CREATE TABLE shots (
            id         INTEGER PRIMARY KEY AUTOINCREMENT,
            world_id   TEXT NOT NULL REFERENCES worlds(id) ON DELETE CASCADE,
            take_id    INTEGER NULL REFERENCES takes(id) ON DELETE CASCADE,
            name       TEXT NOT NULL,
            json       TEXT NOT NULL,                    -- camera, lens and timing of the shot
            created_at INTEGER NOT NULL
        );
        CREATE INDEX shots_by_world ON shots(world_id);
        """,

        // 2: edit rows that could no longer be read, set aside (not deleted) so the world opens without them.
        """
        CREATE TABLE damaged_edits (
            world_id      TEXT NOT NULL,                 -- no foreign key: kept even if the world is deleted
            seq           INTEGER NOT NULL,
            tick          INTEGER NULL,
            kind          TEXT NULL,
            json          BLOB NULL,                     -- the row's bytes as they were
            created_at    INTEGER NULL,
            reason        TEXT NOT NULL,                 -- why it could not be read
            set_aside_at  INTEGER NOT NULL
        );
        CREATE INDEX damaged_edits_by_world ON damaged_edits(world_id);
        """,

        // 3: the id users and URLs see for a take: 128 random bits ("t" and 32 hex digits), so takes cannot be
        // counted; the integer id stays the row's key (shots refer to it). Takes saved before get one now, from
        // SQLite's randomblob (ChaCha20 seeded by the operating system).
        """
        ALTER TABLE takes ADD COLUMN public_id TEXT NULL;
        UPDATE takes SET public_id = 't' || lower(hex(randomblob(16)));
        CREATE UNIQUE INDEX takes_by_public_id ON takes(public_id);
        """,
    ];

    /// <summary>The schema version a fully migrated database has.</summary>
    public static int LatestVersion => Migrations.Length;

    /// <summary>Runs the migrations the database has not run yet; returns the resulting version.</summary>
    public static int Migrate(SqliteConnection connection)
    {
        int version = UserVersion(connection);
        if (version > LatestVersion)
        {
            throw new StoreException(
                $"the database was written by a newer Nacre (schema {version}; this build knows up to {LatestVersion}): update Nacre or use another --data folder");
        }
        for (int i = version; i < Migrations.Length; i++)
        {
            using SqliteTransaction tx = connection.BeginTransaction();
            using (SqliteCommand cmd = connection.CreateCommand())
            {
                cmd.Transaction = tx;
                cmd.CommandText = Migrations[i];
                cmd.ExecuteNonQuery();
            }
            using (SqliteCommand cmd = connection.CreateCommand())
            {
                cmd.Transaction = tx;
                // PRAGMA takes no parameters; the value is our own integer.
                cmd.CommandText = $"PRAGMA user_version = {i + 1}";
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
        }
        return UserVersion(connection);
    }

    private static int UserVersion(SqliteConnection connection)
    {
        using SqliteCommand cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
