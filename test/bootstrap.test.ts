import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app.js';
import { verifyData } from '../src/server/platform/audit/row-seals.js';
import { bootstrap } from '../src/server/bootstrap.js';
import { parseConfig } from '../src/server/config.js';
import { openDatabase } from '../src/server/platform/db/database.js';
import { migrateToLatest } from '../src/server/platform/db/migrate.js';
import { migrations } from '../src/server/platform/db/migrations/index.js';
import { dialectUnderTest, dropSchema, freshEnv } from './support/app.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

function fresh(extra: Record<string, string> = {}) {
  const f = freshEnv(extra);
  cleanups.push(async () => {
    await dropSchema(f.schema);
    fs.rmSync(f.dataDir, { recursive: true, force: true });
  });
  return f;
}

describe(`migrations on ${dialectUnderTest}`, () => {
  it('creates every table on an empty database, and a second run changes nothing', async () => {
    const { env } = fresh();
    const handle = await openDatabase(parseConfig(env).database);
    cleanups.unshift(() => handle.close());
    expect(handle.dialect).toBe(dialectUnderTest);
    expect(await migrateToLatest(handle)).toEqual(Object.keys(migrations));
    expect(Object.keys(migrations)[0]).toBe('20261126_0001_foundation');
    expect(await migrateToLatest(handle)).toEqual([]);
    const tables = (await handle.db.introspection.getTables()).map((t) => t.name).sort();
    expect(tables).toEqual(
      expect.arrayContaining([
        'account',
        'account_role',
        'audit_entry',
        'calendar_day',
        'calendar_year',
        'department',
        'login_throttle',
        'officer_certificate',
        'session',
        'enforcement_case',
        'case_record',
        'media',
        'case_event',
      ]),
    );
    await sql`select 1`.execute(handle.db);
  });
});

describe('demo and production start-up', () => {
  it('seeds the demo users once, only into an empty database', async () => {
    const { env } = fresh();
    const config = parseConfig(env);
    const first = await bootstrap(config);
    expect(first.report).toMatchObject({ seeded: true, calendarYears: [2024, 2025, 2026] });
    await first.services.database.close();
    const second = await bootstrap(config);
    cleanups.unshift(() => second.services.database.close());
    expect(second.report).toEqual({ migrations: [], calendarYears: [], seeded: false });
    const users = await second.services.database.db
      .selectFrom('account')
      .select('username')
      .orderBy('username')
      .execute();
    expect(users.map((u) => u.username)).toEqual([
      'admin',
      'approver',
      'checker',
      'filler',
      'head',
      'officer1',
      'officer2',
      'reviewer',
    ]);
    const app = await buildApp(second.services);
    const health = await app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(health.json()).toMatchObject({
      status: 'ok',
      database: dialectUnderTest,
      storage: 'local',
      version: '0.1.0',
    });
    await app.close();
  });

  it('demo content: decisions published through the workflow, on the portal redacted', async () => {
    const { env } = fresh({ DEMO_CONTENT: 'true' });
    const { services } = await bootstrap(parseConfig(env));
    cleanups.unshift(() => services.database.close());
    const app = await buildApp(services);
    const list = await app.inject({
      method: 'GET',
      url: `/api/v1/public/decisions?q=${encodeURIComponent('废水')}`,
    });
    const found = list.json<{ items: { id: string; status: string }[]; total: number }>();
    expect(found.total).toBe(2);
    const all = await app.inject({ method: 'GET', url: '/api/v1/public/decisions' });
    expect(all.json<{ total: number }>().total).toBe(3);
    const pages = await Promise.all(
      found.items.map((i) => app.inject({ method: 'GET', url: `/api/v1/public/decisions/${i.id}` })),
    );
    for (const body of [list.body, all.body, ...pages.map((p) => p.body)])
      for (const secret of [
        '鸿发五金',
        '陈大文',
        '13802601234',
        '黄志强',
        '13923456780',
        '工业大道18号',
        '李秀英',
        '441802200002294563',
        '91441802MA4W12346K',
      ])
        expect(body).not.toContain(secret);
    const steps = await services.database.db.selectFrom('disclosureStep').select('step').execute();
    expect(steps.filter((s) => s.step === 'approved')).toHaveLength(3);
    // the demo is written through the services: every sealed row verifies
    expect((await verifyData(services.database.db)).problems).toEqual([]);
    await app.close();
  });

  it('production mode seeds nobody; the first administrator comes from the CLI', async () => {
    const { env } = fresh({ SANXIANG_MODE: 'production' });
    const boot = await bootstrap(parseConfig(env));
    expect(boot.report.seeded).toBe(false);
    expect(await boot.services.org.isEmpty()).toBe(true);
    await boot.services.database.close();

    const run = (args: string[], extra: Record<string, string> = {}) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli-main.ts', ...args], {
        env: { ...process.env, ...env, ...extra },
        encoding: 'utf8',
        timeout: 60_000,
      });
    expect(run(['migrate']).stdout).toContain('database is up to date');
    const weak = run(['create-admin', '--username', 'root', '--name', '管理员'], {
      SANXIANG_ADMIN_PASSWORD: 'short',
    });
    expect(weak.status).toBe(2);
    const made = run(['create-admin', '--username', 'chief', '--name', '局信息中心'], {
      SANXIANG_ADMIN_PASSWORD: 'Chief2026!',
    });
    expect(made.status, made.stderr).toBe(0);
    expect(
      run(['create-admin', '--username', 'chief', '--name', 'x', '--password', 'Chief2026!']).stderr,
    ).toContain('USERNAME_TAKEN');
    expect(run(['nonsense']).status).toBe(2);

    const again = await bootstrap(parseConfig(env));
    cleanups.unshift(() => again.services.database.close());
    const app = await buildApp(again.services);
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'chief', password: 'Chief2026!' },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json()).toMatchObject({ user: { roles: ['admin'], departmentName: '清远市生态环境局' } });
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: 'admin', password: 'demo12345' },
        })
      ).statusCode,
    ).toBe(401);
    await app.close();
  });

  it('imports a calendar file from the CLI', async () => {
    const { env, dataDir } = fresh({ SANXIANG_MODE: 'production' });
    const file = `${dataDir}/2027.json`;
    fs.writeFileSync(
      file,
      JSON.stringify({
        year: 2027,
        papers: [],
        days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }],
      }),
    );
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/server/cli-main.ts', 'import-calendar', file],
      {
        env: { ...process.env, ...env },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('calendar 2027 loaded: 1 days');
  });
});
