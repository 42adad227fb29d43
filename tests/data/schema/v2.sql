-- The workspace as schema version 2 left it (frozen: never edit; add vN.sql for new versions).
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
CREATE TABLE change_counter (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    value INTEGER NOT NULL);
CREATE TABLE datasets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    vendor TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    table_name TEXT NOT NULL UNIQUE,
    natural_key TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')));
CREATE TABLE dataset_fields (
    dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    header TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('text','integer','boolean','date','datetime')),
    PRIMARY KEY (dataset_id, name));
CREATE TABLE files (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    source TEXT NOT NULL,
    path TEXT NOT NULL,
    name TEXT NOT NULL,
    size INTEGER NOT NULL,
    modified TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL,
    dataset TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL CHECK (state IN ('imported','failed')),
    rows_read INTEGER NOT NULL DEFAULT 0,
    rows_inserted INTEGER NOT NULL DEFAULT 0,
    rows_updated INTEGER NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT '',
    error_line INTEGER NOT NULL DEFAULT 0,
    error_column INTEGER NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 1,
    first_seen_at TEXT NOT NULL,
    last_attempt_at TEXT NOT NULL,
    taken_in_at TEXT NOT NULL DEFAULT '',
    UNIQUE (name, size, modified, sha256));
CREATE INDEX files_by_name ON files (name, size, modified);
INSERT INTO change_counter (id, value) VALUES (1, 0);
INSERT INTO connections (name, host, port, username, key_file, read_path)
    VALUES ('fm-prod', 'sftp.fullmeasure.example', 22, 'univ', '/keys/id_ed25519', 'incoming');
PRAGMA user_version = 2;
