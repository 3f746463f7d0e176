/**
 * The schema, as versioned SQL applied in order at start under an advisory lock (ADR 0023): a
 * migration never changes once released; a change is a new one. Records are keyed by
 * establishment first, the distribution key of a sharded (Citus) deployment.
 */

/** One migration: applied once, in a transaction, recorded in `duikit_migrations`. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Every migration, oldest first.
 *
 * @example
 * MIGRATIONS.at(-1)!.version; // the schema version this package needs
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'records, logs and the append-only audit trail',
    sql: /* sql */ `
      CREATE TABLE records (
        establishment text COLLATE "C" NOT NULL DEFAULT '',
        collection text COLLATE "C" NOT NULL,
        id text COLLATE "C" NOT NULL,
        version integer NOT NULL CHECK (version > 0),
        updated_at text COLLATE "C" NOT NULL,
        data jsonb NOT NULL,
        -- The declared indexed fields (STORE_INDEXES), in declaration order.
        k1 text COLLATE "C",
        k2 text COLLATE "C",
        k3 text COLLATE "C",
        k4 text COLLATE "C",
        PRIMARY KEY (establishment, collection, id)
      );
      -- Ids are unique per collection; a Citus deployment drops this index (ids are UUIDs).
      CREATE UNIQUE INDEX records_collection_id ON records (collection, id);
      CREATE INDEX records_k1 ON records (collection, k1, id);
      CREATE INDEX records_k2 ON records (collection, k2, id);
      CREATE INDEX records_k3 ON records (collection, k3, id);
      CREATE INDEX records_k4 ON records (collection, k4, id);

      CREATE TABLE logs (
        log text COLLATE "C" NOT NULL,
        key text COLLATE "C" NOT NULL,
        pos bigint GENERATED ALWAYS AS IDENTITY,
        entry jsonb NOT NULL,
        PRIMARY KEY (log, key, pos)
      );

      CREATE TABLE audit (
        seq bigint PRIMARY KEY,
        at text COLLATE "C" NOT NULL,
        file_id text COLLATE "C",
        actor text COLLATE "C",
        action text COLLATE "C",
        entry jsonb NOT NULL
      );
      CREATE INDEX audit_file ON audit (file_id, seq);
      CREATE INDEX audit_actor ON audit (actor, seq);
      CREATE INDEX audit_action ON audit (action, seq);
      CREATE INDEX audit_at ON audit (at);

      -- The chain's head: one row, locked by every append, so any number of processes extend one
      -- chain. Kept when a prune removes the entries it names.
      CREATE TABLE audit_head (
        one boolean PRIMARY KEY DEFAULT true CHECK (one),
        seq bigint NOT NULL,
        entry jsonb
      );
      INSERT INTO audit_head (seq, entry) VALUES (0, NULL);

      -- Append-only in the database: no UPDATE, no TRUNCATE, and DELETE only by a prune that
      -- says so (SET LOCAL duikit.audit_prune = 'on'), which the engine records in the trail.
      CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND current_setting('duikit.audit_prune', true) = 'on' THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'the audit trail is append-only (% refused)', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER audit_no_update BEFORE UPDATE OR DELETE ON audit
        FOR EACH ROW EXECUTE FUNCTION audit_append_only();
      CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
        FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
    `,
  },
  {
    version: 2,
    name: 'list columns: care-team and representative ids of user files',
    // ADR 0030: the declared list fields (STORE_INDEXES lists) as text[] columns with an inverted
    // (GIN) index, so that a care-team professional's list reads only their files. Existing rows
    // are filled from their documents, as the store computes them (lax path: arrays flattened).
    sql: /* sql */ `
      ALTER TABLE records ADD COLUMN m1 text[] COLLATE "C", ADD COLUMN m2 text[] COLLATE "C";
      UPDATE records SET
        m1 = ARRAY(SELECT DISTINCT v #>> '{}' FROM jsonb_path_query(data,
          'lax $."meta"."careTeam"."professionalId"[*] ? (@.type() == "string")') AS v),
        m2 = ARRAY(SELECT DISTINCT v #>> '{}' FROM jsonb_path_query(data,
          'lax $."meta"."representatives"."professionalId"[*] ? (@.type() == "string")') AS v)
        WHERE collection = 'userFiles';
      CREATE INDEX records_m1 ON records USING gin (m1);
      CREATE INDEX records_m2 ON records USING gin (m2);
      -- Statistics for the new columns at once, so the planner picks these indexes from the start.
      ANALYZE records;
    `,
  },
  {
    version: 3,
    name: 'audit entries stored as the lines their hashes cover',
    // ADR 0031: a new entry is kept as its line (the canonical text its hash covers, then hash and
    // MAC), which verifyAudit() hashes as stored; entries written before keep their JSONB document.
    // `entry` stays, derived by the database from either, for SQL that reads it.
    sql: /* sql */ `
      ALTER TABLE audit RENAME COLUMN entry TO legacy_entry;
      ALTER TABLE audit ALTER COLUMN legacy_entry DROP NOT NULL;
      ALTER TABLE audit ADD COLUMN line text;
      ALTER TABLE audit ADD CONSTRAINT audit_line_or_legacy CHECK ((line IS NULL) <> (legacy_entry IS NULL));
      CREATE FUNCTION audit_line_entry(line text) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE jsonb_typeof(j) WHEN 'array' THEN
          (j -> 0) || jsonb_build_object('hash', j -> 1)
            || CASE WHEN jsonb_array_length(j) > 2 THEN jsonb_build_object('mac', j -> 2) ELSE '{}' END
        ELSE j END
        FROM (SELECT line::jsonb AS j) AS parsed
      $$;
      ALTER TABLE audit ADD COLUMN entry jsonb
        GENERATED ALWAYS AS (coalesce(audit_line_entry(line), legacy_entry)) STORED;
    `,
  },
];
