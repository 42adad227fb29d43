-- The workspace as schema version 1 left it (frozen: never edit; add vN.sql for new versions).
CREATE TABLE connections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    host TEXT NOT NULL,
    port INTEGER NOT NULL DEFAULT 22 CHECK (port BETWEEN 1 AND 65535),
    username TEXT NOT NULL,
    key_file TEXT NOT NULL,
    read_path TEXT NOT NULL DEFAULT '',
    write_path TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')));
INSERT INTO connections (name, host, port, username, key_file, read_path)
    VALUES ('fm-prod', 'sftp.fullmeasure.example', 22, 'univ', '/keys/id_ed25519', 'incoming');
PRAGMA user_version = 1;
