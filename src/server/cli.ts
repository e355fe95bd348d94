import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { isRole } from '../shared/roles.js';
import { DEFAULT_GC_GRACE_MS } from './modules/records/storage-gc.js';
import { SYSTEM_ACTOR } from './platform/audit/audit-log.js';
import { verifyData } from './platform/audit/row-seals.js';
import { isAcceptablePassword } from './platform/auth/password.js';
import type { ScheduleFile } from './platform/calendar/calendar.rules.js';
import { AppError } from './platform/errors.js';
import { bootstrap } from './bootstrap.js';
import { backup, BackupError, restore, type Verification } from './backup.js';
import { ConfigError, parseConfig, type Config } from './config.js';

const USAGE = `Usage: sanxiang <command> [options]

Commands:
  migrate                         apply pending database migrations
  create-admin --username U --name N [--password P]
                                  create an administrator (password from SANXIANG_ADMIN_PASSWORD
                                  or --password); creates the enforcement body if the tree is empty
  verify-audit                    recompute the audit hash chain and check it against the signed
                                  checkpoints; exit 1 when broken, re-chained or truncated
  checkpoint                      sign the audit chain's head now (AUDIT_KEY_FILE, outside the database)
  export-checkpoints              print the signed checkpoints with the public key, for publication
  verify-data                     recompute every sealed row (records, parties, recordings, evidence,
                                  decisions, published versions) against the digest its latest audit
                                  entry sealed; exit 1 naming each row changed, unsealed or deleted
  verify-blobs                    re-hash every stored recording (local or S3); exit 1 when one is
                                  missing or changed, naming each
  gc [--dry-run] [--grace-hours H]
                                  remove blobs no recording refers to, temporary files of crashed puts
                                  and abandoned uploads, all older than H hours (24); --dry-run lists
  backup --to DIR                 copy the database (SQLite snapshot or pg_dump), the local blobs and the
                                  checkpoint key into a new folder, then verify the copy; exit 1 unless it verifies
  restore --from DIR              restore a backup into this (empty) installation and verify it: the audit
                                  chain and checkpoints, every sealed row, every blob; exit 1 unless it verifies
  import-calendar FILE            load a year's official holiday schedule (JSON)

Configuration comes from the environment (see README): DATA_DIR, DATABASE_URL, SANXIANG_MODE, …`;

export async function runCli(argv: string[], env: Record<string, string | undefined>): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === 'help') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  const config = parseConfig({ ...env, SANXIANG_MODE: env.SANXIANG_MODE ?? 'production' });
  // before bootstrap: a restore goes into an empty installation, which bootstrap would fill
  if (command === 'backup' || command === 'restore') return backupCommand(command, rest, config);
  const { services, report } = await bootstrap(config);
  try {
    switch (command) {
      case 'migrate':
        console.log(
          report.migrations.length ? `applied: ${report.migrations.join(', ')}` : 'database is up to date',
        );
        return 0;
      case 'create-admin': {
        const { values } = parseArgs({
          args: rest,
          options: { username: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } },
        });
        const password = values.password ?? env.SANXIANG_ADMIN_PASSWORD;
        if (!values.username || !values.name || !password) {
          console.error(
            'create-admin needs --username, --name and a password (--password or SANXIANG_ADMIN_PASSWORD)',
          );
          return 2;
        }
        if (!isAcceptablePassword(password)) {
          console.error('password must have at least 8 characters with letters and digits');
          return 2;
        }
        const departmentId = await services.org.ensureRoot(SYSTEM_ACTOR, config.bodyName);
        const id = await services.org.insertAccount(SYSTEM_ACTOR, {
          username: values.username,
          name: values.name,
          password,
          departmentId,
          roles: ['admin'].filter(isRole),
        });
        console.log(`administrator ${values.username} created (${id})`);
        return 0;
      }
      case 'checkpoint': {
        console.log(JSON.stringify(await services.checkpoints.write()));
        return 0;
      }
      case 'export-checkpoints': {
        console.log(JSON.stringify(await services.checkpoints.export(), null, 2));
        return 0;
      }
      case 'verify-audit': {
        const result = await services.checkpoints.verify();
        console.log(JSON.stringify(result));
        return result.ok ? 0 : 1;
      }
      case 'verify-data': {
        const result = await verifyData(services.database.db);
        for (const p of result.problems) console.log(JSON.stringify(p));
        console.log(JSON.stringify({ ok: result.ok, rows: result.rows, problems: result.problems.length }));
        return result.ok ? 0 : 1;
      }
      case 'verify-blobs': {
        const result = await services.media.verifyAll((line) => console.log(JSON.stringify(line)));
        console.log(JSON.stringify({ ok: result.bad === 0, ...result }));
        return result.bad === 0 ? 0 : 1;
      }
      case 'gc': {
        const { values } = parseArgs({
          args: rest,
          options: { 'dry-run': { type: 'boolean' }, 'grace-hours': { type: 'string' } },
        });
        const hours =
          values['grace-hours'] === undefined
            ? DEFAULT_GC_GRACE_MS / 3_600_000
            : Number(values['grace-hours']);
        if (!Number.isFinite(hours) || hours < 0) {
          console.error('--grace-hours must be a number of hours, 0 or more');
          return 2;
        }
        const result = await services.storageGc.run(
          { dryRun: values['dry-run'] ?? false, graceMs: hours * 3_600_000 },
          (item) => console.log(JSON.stringify(item)),
        );
        console.log(
          JSON.stringify({ dryRun: result.dryRun, count: result.removed.length, bytes: result.bytes }),
        );
        return 0;
      }
      case 'import-calendar': {
        const file = rest[0];
        if (!file) {
          console.error('import-calendar needs a FILE');
          return 2;
        }
        const data = JSON.parse(fs.readFileSync(file, 'utf8')) as ScheduleFile;
        const result = await services.calendar.importYear(SYSTEM_ACTOR, data, `cli:${file}`);
        console.log(`calendar ${result.year} loaded: ${result.dayCount} days`);
        return 0;
      }
      default:
        console.error(`unknown command: ${command}\n\n${USAGE}`);
        return 2;
    }
  } catch (err) {
    if (err instanceof AppError) {
      console.error(`${err.code}: ${err.message} ${JSON.stringify(err.details)}`);
      return 1;
    }
    throw err;
  } finally {
    await services.database.close();
  }
}

async function backupCommand(command: 'backup' | 'restore', args: string[], config: Config): Promise<number> {
  const { values } = parseArgs({ args, options: { to: { type: 'string' }, from: { type: 'string' } } });
  const dir = command === 'backup' ? values.to : values.from;
  if (!dir) {
    console.error(command === 'backup' ? 'backup needs --to DIR (a new folder)' : 'restore needs --from DIR');
    return 2;
  }
  try {
    if (command === 'backup') {
      const { manifest, verification } = await backup(config, dir);
      console.log(
        JSON.stringify({ ok: verification.ok, dir, ...summary(verification), blobs: manifest.blobs }),
      );
      return verification.ok ? 0 : 1;
    }
    const verification = await restore(config, dir);
    console.log(JSON.stringify({ ok: verification.ok, from: dir, ...summary(verification) }));
    return verification.ok ? 0 : 1;
  } catch (err) {
    if (err instanceof BackupError) {
      console.error(`${command} failed: ${err.message}`);
      return 1;
    }
    throw err;
  }
}

/** What the verification found, one line: the chain and its checkpoint, the sealed rows, the blobs. */
function summary(v: Verification) {
  return {
    audit: {
      ok: v.audit.ok,
      entries: v.audit.entries,
      checkpoint: v.audit.checkpoint,
      brokenAt: v.audit.brokenAt,
    },
    data: { ok: v.data.ok, rows: v.data.rows, problems: v.data.problems },
    verifiedBlobs: v.blobs,
  };
}

export async function cliMain(): Promise<void> {
  try {
    process.exitCode = await runCli(process.argv.slice(2), process.env);
  } catch (err) {
    console.error(err instanceof ConfigError ? err.message : err);
    process.exitCode = 1;
  }
}
