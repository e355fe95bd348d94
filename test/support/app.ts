import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { buildApp } from '../../src/server/app.js';
import { bootstrap } from '../../src/server/bootstrap.js';
import { parseConfig, type Config } from '../../src/server/config.js';
import type { Clock } from '../../src/server/platform/clock.js';
import type { Services } from '../../src/server/services.js';

/** The database the suite runs on: PostgreSQL when DATABASE_URL is set, else SQLite. */
export const TEST_DATABASE_URL = process.env.DATABASE_URL;
export const dialectUnderTest = TEST_DATABASE_URL ? 'postgres' : 'sqlite';

/** A clock tests can move. */
export class TestClock {
  private t: number;
  constructor(start = '2026-11-26T02:00:00.000Z') {
    this.t = Date.parse(start);
  }
  readonly now: Clock = () => new Date(this.t);
  advance(ms: number) {
    this.t += ms;
  }
  set(iso: string) {
    this.t = Date.parse(iso);
  }
}

export type TestEnv = Record<string, string | undefined>;

/** A fresh data folder and a fresh database (an own schema on PostgreSQL) for one test app. */
export function freshEnv(extra: TestEnv = {}): { env: TestEnv; dataDir: string; schema: string | undefined } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-test-'));
  const schema = TEST_DATABASE_URL ? `t_${randomBytes(6).toString('hex')}` : undefined;
  return {
    dataDir,
    schema,
    env: {
      DATA_DIR: dataDir,
      SANXIANG_MODE: 'demo',
      DEMO_CONTENT: 'false',
      LOG_LEVEL: 'silent',
      DATABASE_URL: TEST_DATABASE_URL,
      DATABASE_SCHEMA: schema,
      ...extra,
    },
  };
}

export async function dropSchema(schema: string | undefined): Promise<void> {
  if (!schema || !TEST_DATABASE_URL) return;
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

export type TestApp = {
  app: FastifyInstance;
  services: Services;
  config: Config;
  clock: TestClock;
  /** A client signed in as `username` (demo password unless given). */
  login: (username: string, password?: string) => Promise<Client>;
  anonymous: Client;
  close: () => Promise<void>;
};

export async function createTestApp(options: { env?: TestEnv; clock?: TestClock } = {}): Promise<TestApp> {
  const { env, dataDir, schema } = freshEnv(options.env);
  const config = parseConfig(env);
  const clock = options.clock ?? new TestClock();
  const { services } = await bootstrap(config, clock.now);
  const app = await buildApp(services);
  await app.ready();
  const anonymous = new Client(app);
  return {
    app,
    services,
    config,
    clock,
    anonymous,
    login: async (username, password = 'demo12345') => {
      const client = new Client(app);
      const res = await client.post('/api/v1/auth/login', { username, password });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      return client;
    },
    close: async () => {
      await app.close();
      await services.database.close();
      await dropSchema(schema);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

type Body = Record<string, unknown> | unknown[] | string | Buffer | undefined;

/** Talks to the real server through Fastify's injector, keeping the session cookie and CSRF token. */
export class Client {
  cookie: string | undefined;
  csrfToken: string | undefined;
  constructor(private readonly app: FastifyInstance) {}

  async request(
    method: 'GET' | 'HEAD' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    body?: Body,
    headers: Record<string, string> = {},
  ) {
    const res: LightMyRequestResponse = await this.app.inject({
      method,
      url,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrfToken && method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        ...(body !== undefined && typeof body !== 'string' && !Buffer.isBuffer(body)
          ? { 'content-type': 'application/json' }
          : {}),
        ...headers,
      },
      ...(body === undefined
        ? {}
        : { payload: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body) }),
    });
    const setCookie = res.cookies.find((c) => c.name === 'sanxiang_session');
    if (setCookie) this.cookie = setCookie.value ? `sanxiang_session=${setCookie.value}` : undefined;
    if (res.headers['content-type']?.toString().startsWith('application/json')) {
      const json = res.json<{ csrfToken?: unknown }>();
      if (json && typeof json.csrfToken === 'string') this.csrfToken = json.csrfToken;
    }
    return res;
  }

  get(url: string, headers?: Record<string, string>) {
    return this.request('GET', url, undefined, headers);
  }
  post(url: string, body?: Body, headers?: Record<string, string>) {
    return this.request('POST', url, body ?? {}, headers);
  }
  patch(url: string, body?: Body) {
    return this.request('PATCH', url, body ?? {});
  }
  put(url: string, body?: Body) {
    return this.request('PUT', url, body ?? {});
  }
  delete(url: string) {
    return this.request('DELETE', url);
  }
}

export function errorCode(res: LightMyRequestResponse): string | undefined {
  return res.json<{ error?: { code?: string } }>().error?.code;
}

/** The environment a CLI command (`runCli`) needs to work on a test app's database and data folder. */
export function cliEnvOf(t: TestApp): TestEnv {
  return {
    DATA_DIR: t.config.dataDir,
    DATABASE_URL: process.env.DATABASE_URL,
    DATABASE_SCHEMA: t.config.database.kind === 'postgres' ? t.config.database.schema : undefined,
    LOG_LEVEL: 'silent',
  };
}
