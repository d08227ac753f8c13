/**
 * Schema migrations of the SQLite store, applied in order. Migration `i` (0-based) brings the
 * database to `PRAGMA user_version = i + 1`. Never edit a released migration: append a new one.
 */
export const migrations: readonly string[] = [
  // 1: documents, full text, incidents with their normalised columns, claims, actors, places.
  `
  CREATE TABLE documents (
    doc_no      INTEGER PRIMARY KEY,          -- stable rowid for the full-text index
    id          TEXT NOT NULL UNIQUE,
    hash        TEXT NOT NULL UNIQUE,
    text        TEXT NOT NULL,
    title       TEXT,
    outlet      TEXT,
    author      TEXT,
    url         TEXT,
    published   TEXT,
    origin      TEXT,
    format      TEXT NOT NULL,
    ingested_at TEXT NOT NULL
  ) STRICT;

  CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text,
    content = 'documents', content_rowid = 'doc_no',
    tokenize = 'unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.doc_no, new.title, new.text);
  END;
  CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.doc_no, old.title, old.text);
  END;
  CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.doc_no, old.title, old.text);
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.doc_no, new.title, new.text);
  END;

  CREATE TABLE incidents (
    id                         TEXT PRIMARY KEY,
    date                       TEXT,
    date_start                 TEXT,          -- first day of date, YYYY-MM-DD; NULL when the year is unknown
    sort_date                  TEXT NOT NULL, -- date_start, or '~' (after every date) when it is NULL
    month_day                  TEXT,          -- MM-DD, also for --MM-DD dates
    place_name                 TEXT,
    place_admin1               TEXT,
    place_country              TEXT,
    place_country_code         TEXT,
    place_lat                  REAL,
    place_lon                  REAL,
    place_precision            TEXT,
    killed_low                 REAL,
    killed_best                REAL,
    killed_high                REAL,
    killed_disputed            INTEGER NOT NULL DEFAULT 0,
    killed_perpetrators_low    REAL,
    killed_perpetrators_best   REAL,
    killed_perpetrators_high   REAL,
    killed_perpetrators_disputed INTEGER NOT NULL DEFAULT 0,
    wounded_low                REAL,
    wounded_best               REAL,
    wounded_high               REAL,
    wounded_disputed           INTEGER NOT NULL DEFAULT 0,
    kidnapped_low              REAL,
    kidnapped_best             REAL,
    kidnapped_high             REAL,
    kidnapped_disputed         INTEGER NOT NULL DEFAULT 0,
    attack_types               TEXT NOT NULL DEFAULT '[]',   -- JSON array
    data                       TEXT NOT NULL,                -- the incident JSON without claims and documents
    created_at                 TEXT NOT NULL,
    updated_at                 TEXT NOT NULL
  ) STRICT;
  -- Listing order is (sort_date, id); equality filters carry it so that a page is read in order.
  CREATE INDEX incidents_order ON incidents (sort_date, id);
  CREATE INDEX incidents_month_day ON incidents (month_day, sort_date, id);
  CREATE INDEX incidents_country_code ON incidents (place_country_code, sort_date, id);
  CREATE INDEX incidents_country ON incidents (place_country COLLATE NOCASE, sort_date, id);
  CREATE INDEX incidents_killed_best ON incidents (killed_best, sort_date, id);
  CREATE INDEX incidents_lat_lon ON incidents (place_lat, place_lon);

  CREATE TABLE incident_attack_types (
    incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    attack_type TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (incident_id, attack_type)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX incident_attack_types_type ON incident_attack_types (attack_type, incident_id);

  CREATE TABLE incident_documents (
    incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    PRIMARY KEY (incident_id, document_id)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX incident_documents_document ON incident_documents (document_id, incident_id);

  CREATE TABLE claims (
    id          INTEGER PRIMARY KEY,
    incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    field       TEXT NOT NULL,
    value       TEXT NOT NULL,                -- JSON
    source      TEXT NOT NULL,
    source_kind TEXT NOT NULL,
    stance      TEXT NOT NULL,
    quote       TEXT NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    reported_at TEXT,
    details     TEXT                          -- JSON of the remaining keys (figure, extras), or NULL
  ) STRICT;
  CREATE INDEX claims_incident ON claims (incident_id);
  CREATE INDEX claims_document ON claims (document_id);

  CREATE TABLE actors (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    name_folded TEXT NOT NULL,                -- lower case, for case-insensitive substring search
    kind        TEXT NOT NULL
  ) STRICT;
  CREATE TABLE incident_actors (
    incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    actor_id    INTEGER NOT NULL REFERENCES actors (id),
    status      TEXT NOT NULL,
    PRIMARY KEY (incident_id, actor_id, status)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX incident_actors_actor ON incident_actors (actor_id, incident_id);

  CREATE TABLE places (
    id           INTEGER PRIMARY KEY,
    key          TEXT NOT NULL UNIQUE,        -- gazetteer id, or name|admin1|country_code|lat|lon|precision
    name         TEXT NOT NULL,
    admin1       TEXT,
    country      TEXT,
    country_code TEXT,
    lat          REAL,
    lon          REAL,
    precision    TEXT NOT NULL,
    gazetteer_id TEXT
  ) STRICT;
  CREATE TABLE incident_places (
    incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    place_id    INTEGER NOT NULL REFERENCES places (id),
    role        TEXT NOT NULL CHECK (role IN ('location', 'mentioned')),
    PRIMARY KEY (incident_id, place_id, role)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX incident_places_place ON incident_places (place_id, incident_id);
  `,
  // 2: the user's gazetteer (imported GeoNames rows and places added by hand) and coverage sites.
  `
  CREATE TABLE user_places (
    id           TEXT PRIMARY KEY,            -- gn:<geonameid> or user:<slug>
    name         TEXT NOT NULL,
    country_code TEXT,
    source       TEXT NOT NULL,               -- geonames (an imported dump) or user
    data         TEXT NOT NULL,               -- JSON of the GazetteerPlace
    added_at     TEXT NOT NULL
  ) STRICT;
  CREATE TABLE sites (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    lat          REAL NOT NULL,
    lon          REAL NOT NULL,
    range_min_km REAL NOT NULL,
    range_max_km REAL NOT NULL,
    kind         TEXT,
    place_id     TEXT,                        -- gazetteer id when placed by name
    added_at     TEXT NOT NULL
  ) STRICT;
  `,
  // 3: incidents across sources: per-document reports clustered into incidents, the links that
  // merged them with their evidence, source entities with grades, near-duplicate documents, and
  // the analysts' edits (audited, undoable). Existing incidents become one report each.
  `
  CREATE TABLE reports (
    seq          INTEGER PRIMARY KEY,         -- storage order: the oldest report names its incident
    id           TEXT NOT NULL UNIQUE,        -- the per-document incident id (answers as an alias)
    document_id  TEXT REFERENCES documents (id) ON DELETE CASCADE, -- NULL for claims an analyst split off
    incident_id  TEXT NOT NULL,
    background   INTEGER NOT NULL DEFAULT 0,
    related      TEXT NOT NULL DEFAULT '[]',  -- JSON: report ids of the other parts of one coordinated attack
    profile      TEXT,                        -- JSON ReportProfile; NULL until computed
    day_lo       TEXT,                        -- candidate window (ReportProfile.window)
    day_hi       TEXT,
    month_day    TEXT,                        -- MM-DD of a date with a day (with or without its year)
    yearless     INTEGER NOT NULL DEFAULT 0,  -- the date has a day but no year
    country_code TEXT
  ) STRICT;
  CREATE INDEX reports_incident ON reports (incident_id);
  CREATE INDEX reports_document ON reports (document_id);
  CREATE INDEX reports_country_day ON reports (country_code, day_lo);
  CREATE INDEX reports_day ON reports (day_lo);
  CREATE INDEX reports_month_day ON reports (month_day);

  CREATE TABLE report_links (
    a        TEXT NOT NULL,                   -- report ids, a < b
    b        TEXT NOT NULL,
    score    REAL NOT NULL,
    evidence TEXT NOT NULL,                   -- JSON: parts, notes
    PRIMARY KEY (a, b)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX report_links_b ON report_links (b);

  CREATE TABLE sources (
    id          TEXT PRIMARY KEY,             -- folded key of the canonical name
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    reliability TEXT NOT NULL DEFAULT 'F' CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
    created_at  TEXT NOT NULL
  ) STRICT;
  CREATE TABLE source_aliases (
    alias_folded TEXT NOT NULL,
    alias        TEXT NOT NULL,
    source_id    TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    PRIMARY KEY (alias_folded, source_id)
  ) STRICT, WITHOUT ROWID;

  ALTER TABLE claims ADD COLUMN report_id TEXT;
  ALTER TABLE claims ADD COLUMN moved_to TEXT;     -- report id an analyst moved the claim to
  ALTER TABLE claims ADD COLUMN rejected TEXT;     -- JSON {why, by, at} when an analyst rejected it
  ALTER TABLE claims ADD COLUMN source_id TEXT;
  CREATE INDEX claims_report ON claims (report_id);
  CREATE INDEX claims_moved ON claims (moved_to) WHERE moved_to IS NOT NULL; -- few claims are moved; never a path to the unmoved ones
  CREATE INDEX claims_source ON claims (source_id);

  ALTER TABLE documents ADD COLUMN copy_of TEXT;   -- id of the document this one is a near-duplicate of
  ALTER TABLE documents ADD COLUMN signature TEXT; -- JSON MinHash signature
  CREATE TABLE document_bands (
    band   TEXT NOT NULL,
    doc_no INTEGER NOT NULL REFERENCES documents (doc_no) ON DELETE CASCADE,
    PRIMARY KEY (band, doc_no)
  ) STRICT, WITHOUT ROWID;

  CREATE TABLE edits (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    user      TEXT NOT NULL,
    action    TEXT NOT NULL,                  -- merge, split, move-claim, reject-claim, grade-source
    target    TEXT NOT NULL,                  -- what it acted on, for people
    payload   TEXT NOT NULL,                  -- JSON: what undo needs
    note      TEXT,
    undone_at TEXT,
    undone_by TEXT
  ) STRICT;
  CREATE TABLE must_links (
    edit_id INTEGER NOT NULL REFERENCES edits (id),
    a       TEXT NOT NULL,                    -- report ids an analyst merged
    b       TEXT NOT NULL
  ) STRICT;
  CREATE INDEX must_links_a ON must_links (a);
  CREATE INDEX must_links_b ON must_links (b);
  CREATE TABLE cannot_links (
    edit_id INTEGER NOT NULL REFERENCES edits (id),
    left    TEXT NOT NULL,                    -- JSON report ids
    right   TEXT NOT NULL
  ) STRICT;

  INSERT INTO reports (id, document_id, incident_id, background)
    SELECT i.id, (SELECT idoc.document_id FROM incident_documents idoc JOIN documents d ON d.id = idoc.document_id
                  WHERE idoc.incident_id = i.id ORDER BY d.doc_no LIMIT 1),
           i.id, coalesce(json_extract(i.data, '$.background'), 0)
    FROM incidents i ORDER BY i.created_at, i.id;
  UPDATE claims SET report_id = incident_id;
  `,
];
