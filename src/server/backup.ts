import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import type { Config } from './config.js';
import { verifyData, type DataProblem } from './platform/audit/row-seals.js';
import type { FullVerifyResult } from './platform/audit/checkpoints.js';
import { systemClock } from './platform/clock.js';
import { openDatabase } from './platform/db/database.js';
import { sha256OfStream } from './platform/storage/hashing.js';
import { LocalBlobStore } from './platform/storage/local.js';
import { createServices } from './services.js';
import { APP_VERSION } from './version.js';

/**
 * `sanxiang backup` and `sanxiang restore` (issue 12). A backup is a folder laid out like a data folder:
 * the database (SQLite: an online snapshot `sanxiang.db` made with VACUUM INTO; PostgreSQL: `database.dump`
 * from pg_dump's custom format), the blobs of a local store under `blobs/` (an S3 bucket is left to the
 * bucket's own versioning or replication), the audit checkpoint key under `keys/` and `backup.json`
 * with the hash of every file. Neither reports success before the copy it made verified: the audit
 * chain against its signed checkpoints, every sealed row, every recording's hash.
 */

export const MANIFEST = 'backup.json';
const SQLITE_FILE = 'sanxiang.db';
const PG_DUMP = 'database.dump';
const KEY_FILE = path.join('keys', 'audit-checkpoint-ed25519.pem');

export type BackupManifest = {
  format: 1;
  app: string;
  createdAt: string;
  dialect: 'sqlite' | 'postgres';
  /** The PostgreSQL schema the dump holds (restored under the same name). */
  schema: string | null;
  files: { file: string; sha256: string; size: number }[];
  blobs: { copied: boolean; count: number; bytes: number };
  audit: { entries: number; head: string };
};

export type Verification = {
  ok: boolean;
  audit: FullVerifyResult;
  data: { ok: boolean; rows: number; problems: DataProblem[] };
  blobs: { ok: boolean; checked: number; problems: { sha256: string; problem: string }[] };
};

export class BackupError extends Error {}

/** The checks a backup or a restored copy must pass, on an opened database and its blob store. */
export async function verifyCopy(config: Config): Promise<Verification> {
  const database = await openDatabase(config.database);
  try {
    const services = createServices(config, database, systemClock);
    const audit = await services.checkpoints.verify();
    const data = await verifyData(database.db);
    const problems: Verification['blobs']['problems'] = [];
    const result = await services.media.verifyAll((line) =>
      problems.push({ sha256: line.sha256, problem: line.problem }),
    );
    const blobs = { ok: problems.length === 0, checked: result.blobs, problems };
    return { ok: audit.ok && data.ok && blobs.ok, audit, data, blobs };
  } finally {
    await database.close();
  }
}

/** Writes a backup of the installation `config` describes into `dir` (new or empty), then verifies it. */
export async function backup(
  config: Config,
  dir: string,
): Promise<{ manifest: BackupManifest; verification: Verification }> {
  prepareEmpty(dir);
  const database = await openDatabase(config.database);
  let manifest: BackupManifest;
  try {
    const services = createServices(config, database, systemClock);
    // the head of the chain as backed up is signed, so the copy's checkpoints cover all of it
    const head = await services.checkpoints.write();
    if (database.dialect === 'sqlite') {
      await sql`vacuum into ${path.join(dir, SQLITE_FILE)}`.execute(database.db);
    } else {
      run('pg_dump', [
        '--format=custom',
        '--no-owner',
        `--file=${path.join(dir, PG_DUMP)}`,
        ...(database.schema ? [`--schema=${database.schema}`] : []),
        pgUrl(config),
      ]);
    }
    const blobs = { copied: false, count: 0, bytes: 0 };
    if (config.storage.kind === 'local') {
      blobs.copied = true;
      for await (const o of services.blobs.listStored('blobs')) {
        const from = (services.blobs as LocalBlobStore).pathOf(o.name);
        const to = new LocalBlobStore(path.join(dir, 'blobs')).pathOf(o.name);
        fs.mkdirSync(path.dirname(to), { recursive: true });
        fs.copyFileSync(from, to);
        blobs.count += 1;
        blobs.bytes += o.size;
      }
    }
    if (fs.existsSync(config.auditKeyFile)) {
      fs.mkdirSync(path.join(dir, 'keys'), { recursive: true, mode: 0o700 });
      fs.copyFileSync(config.auditKeyFile, path.join(dir, KEY_FILE));
      fs.chmodSync(path.join(dir, KEY_FILE), 0o600);
    }
    manifest = {
      format: 1,
      app: APP_VERSION,
      createdAt: new Date().toISOString(),
      dialect: database.dialect,
      schema: database.schema ?? null,
      files: await Promise.all(
        [
          database.dialect === 'sqlite' ? SQLITE_FILE : PG_DUMP,
          ...(fs.existsSync(path.join(dir, KEY_FILE)) ? [KEY_FILE] : []),
        ].map((f) => describe(dir, f)),
      ),
      blobs,
      audit: { entries: head.entries, head: head.head },
    };
    fs.writeFileSync(path.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  } finally {
    await database.close();
  }
  return { manifest, verification: await verifyBackup(config, dir, manifest) };
}

/** Opens the backup as it is (SQLite) or restored into a scratch database (PostgreSQL), and verifies it. */
async function verifyBackup(config: Config, dir: string, manifest: BackupManifest): Promise<Verification> {
  const keyFile = fs.existsSync(path.join(dir, KEY_FILE)) ? path.join(dir, KEY_FILE) : config.auditKeyFile;
  const storage = manifest.blobs.copied
    ? { kind: 'local' as const, dir: path.join(dir, 'blobs') }
    : config.storage;
  if (manifest.dialect === 'sqlite') {
    // a copy of the snapshot: opening a database may write (WAL files); the backup stays as made
    const scratch = fs.mkdtempSync(path.join(path.dirname(path.resolve(dir)), '.sanxiang-verify-'));
    try {
      fs.copyFileSync(path.join(dir, SQLITE_FILE), path.join(scratch, SQLITE_FILE));
      return await verifyCopy({
        ...config,
        dataDir: scratch,
        database: { kind: 'sqlite', file: path.join(scratch, SQLITE_FILE) },
        auditKeyFile: keyFile,
        storage,
      });
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  }
  const base = pgUrl(config);
  const name = `sanxiang_verify_${randomBytes(6).toString('hex')}`;
  await adminQuery(base, `CREATE DATABASE ${name}`).catch((err: unknown) => {
    throw new BackupError(
      `the backup was written but not verified: a scratch database could not be created (${String(err)}); ` +
        'verify it with `sanxiang restore` into a spare database',
    );
  });
  try {
    const url = withDatabase(base, name);
    run('pg_restore', ['--no-owner', `--dbname=${url}`, path.join(dir, PG_DUMP)]);
    return await verifyCopy({
      ...config,
      database: { kind: 'postgres', url, schema: manifest.schema ?? undefined },
      auditKeyFile: keyFile,
      storage,
    });
  } finally {
    await adminQuery(base, `DROP DATABASE IF EXISTS ${name}`);
  }
}

/**
 * Restores the backup in `dir` into the installation `config` describes, which must be empty (no
 * SQLite file; no tables in the PostgreSQL schema), then verifies what it restored.
 */
export async function restore(config: Config, dir: string): Promise<Verification> {
  const manifest = readManifest(dir);
  if (manifest.dialect !== config.database.kind)
    throw new BackupError(
      `the backup holds a ${manifest.dialect} database; this installation uses ${config.database.kind}`,
    );
  for (const f of manifest.files) {
    const actual = await describe(dir, f.file);
    if (actual.sha256 !== f.sha256)
      throw new BackupError(`${f.file} does not match backup.json: the backup is damaged`);
  }
  if (config.database.kind === 'sqlite') {
    if (fs.existsSync(config.database.file))
      throw new BackupError(`${config.database.file} exists: restore into an empty data folder`);
    fs.mkdirSync(path.dirname(config.database.file), { recursive: true });
    fs.copyFileSync(path.join(dir, SQLITE_FILE), config.database.file);
  } else {
    if ((config.database.schema ?? null) !== manifest.schema)
      throw new BackupError(
        `the dump holds schema ${manifest.schema ?? 'public'}: set DATABASE_SCHEMA to it`,
      );
    const tables = await adminQuery(
      config.database.url,
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = '${manifest.schema ?? 'public'}'`,
    );
    if (Number(tables[0]?.n ?? 0) > 0)
      throw new BackupError(`schema ${manifest.schema ?? 'public'} is not empty: restore into an empty one`);
    // the dump creates its schema: an empty one left by an earlier start goes first (never one with tables)
    if (manifest.schema) await adminQuery(config.database.url, `DROP SCHEMA IF EXISTS ${manifest.schema}`);
    run('pg_restore', ['--no-owner', `--dbname=${config.database.url}`, path.join(dir, PG_DUMP)]);
  }
  if (fs.existsSync(path.join(dir, KEY_FILE)) && !fs.existsSync(config.auditKeyFile)) {
    fs.mkdirSync(path.dirname(config.auditKeyFile), { recursive: true, mode: 0o700 });
    fs.copyFileSync(path.join(dir, KEY_FILE), config.auditKeyFile);
    fs.chmodSync(config.auditKeyFile, 0o600);
  }
  if (manifest.blobs.copied) {
    const database = await openDatabase(config.database);
    try {
      const { blobs } = createServices(config, database, systemClock);
      const source = new LocalBlobStore(path.join(dir, 'blobs'));
      // put re-hashes: a changed file in the backup is stored under another name and named by the verification
      for await (const o of source.listStored('blobs')) await blobs.put(await source.get(o.name));
    } finally {
      await database.close();
    }
  }
  return verifyCopy(config);
}

export function readManifest(dir: string): BackupManifest {
  const file = path.join(dir, MANIFEST);
  if (!fs.existsSync(file)) throw new BackupError(`${file} not found: not a Sanxiang backup`);
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as BackupManifest;
  if (manifest.format !== 1)
    throw new BackupError(`backup format ${String(manifest.format)} is not supported`);
  return manifest;
}

function prepareEmpty(dir: string): void {
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0)
    throw new BackupError(`${dir} is not empty: back up into a new folder`);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
}

async function describe(dir: string, file: string) {
  const full = path.join(dir, file);
  return { file, sha256: await sha256OfStream(fs.createReadStream(full)), size: fs.statSync(full).size };
}

function pgUrl(config: Config): string {
  if (config.database.kind !== 'postgres') throw new BackupError('not a PostgreSQL installation');
  return config.database.url;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function adminQuery(url: string, text: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Record<string, unknown>>(text)).rows;
  } finally {
    await client.end();
  }
}

/** Runs a PostgreSQL tool; its own error output on failure (pg_dump and pg_restore must be on PATH). */
function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error)
    throw new BackupError(
      `${command} could not be run: ${result.error.message} (install the PostgreSQL client tools)`,
    );
  if (result.status !== 0) throw new BackupError(`${command} failed: ${result.stderr.trim()}`);
}
