import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import type { Config } from '../../config.js';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
/** Either the database or an open transaction: repositories accept both. */
export type Executor = Db | Tx;
export type DialectName = 'sqlite' | 'postgres';

// int8 (count(*), sums) as JS numbers; our values stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));

export type DatabaseHandle = {
  db: Db;
  dialect: DialectName;
  schema?: string | undefined;
  close: () => Promise<void>;
};

export async function openDatabase(config: Config['database']): Promise<DatabaseHandle> {
  const plugins = [new CamelCasePlugin()];
  if (config.kind === 'sqlite') {
    fs.mkdirSync(path.dirname(config.file), { recursive: true });
    const sqlite = new SQLite(config.file);
    sqlite.pragma('journal_mode = WAL');
    // FULL: an acknowledged transaction survives power loss (security.md).
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }), plugins });
    return { db, dialect: 'sqlite', close: () => db.destroy() };
  }
  const schema = config.schema;
  if (schema) {
    // Created before any pooled session starts: a session whose search_path named a schema that did
    // not exist yet at its start fails in PostgreSQL's parallel workers ("schema … does not exist").
    const client = new pg.Client({ connectionString: config.url });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await client.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins });
  return { db, dialect: 'postgres', schema, close: () => db.destroy() };
}

/**
 * Serialises writers of a shared sequence (the audit chain) inside a transaction.
 * SQLite has a single writer already; PostgreSQL takes a transaction-scoped advisory lock.
 */
export async function lockForSequence(tx: Tx, dialect: DialectName, lockId: number): Promise<void> {
  if (dialect === 'postgres') {
    await sql`select pg_advisory_xact_lock(${lockId})`.execute(tx);
  }
}

/** A unique-constraint violation on either database (a race the pre-check did not see). */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
