import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { TestEnv } from './app.js';

/**
 * The real server as a child process (`node --import tsx src/server/main.ts`, no build needed), for
 * the tests that need a process to kill: the crash-recovery test kills it with SIGKILL mid-load and
 * starts it again on the same data folder and database.
 */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      srv.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export type ChildServer = {
  baseUrl: string;
  child: ChildProcess;
  /** The end of what the server printed (for failure messages). */
  output: () => string;
  /** SIGKILL: no shutdown, no flush — the process is gone when this resolves. */
  kill: () => Promise<void>;
  /** SIGTERM (the server's orderly stop), SIGKILL after 5 s. */
  stop: () => Promise<void>;
};

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

async function waitForExit(child: ChildProcess): Promise<void> {
  if (exited(child)) return;
  await new Promise<void>((resolve) => child.once('exit', () => resolve()));
}

async function waitForHealth(server: ChildServer, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    if (exited(server.child)) {
      throw new Error(
        `The server exited early (code ${server.child.exitCode}, signal ${server.child.signalCode}).\n${server.output()}`,
      );
    }
    try {
      const res = await fetch(`${server.baseUrl}/api/v1/health`);
      if (res.status === 200) return;
      lastError = `HTTP ${res.status}`;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    await sleep(100);
  }
  throw new Error(`The server did not become healthy in ${timeoutMs} ms (${lastError}).\n${server.output()}`);
}

/**
 * Starts the server with `env` (a test's `freshEnv().env`) on a free port and waits until
 * `/api/v1/health` answers. The database settings come from `env` only, never from this process.
 */
export async function startChildServer(env: TestEnv, timeoutMs = 60_000): Promise<ChildServer> {
  const port = await freePort();
  const inherited = { ...process.env };
  for (const key of ['DATABASE_URL', 'DATABASE_SCHEMA', 'PORT', 'HOST', 'DATA_DIR']) delete inherited[key];
  const chunks: string[] = [];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: { ...inherited, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => chunks.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => chunks.push(d.toString()));
  const server: ChildServer = {
    baseUrl: `http://127.0.0.1:${port}`,
    child,
    output: () => chunks.join('').slice(-8000),
    kill: async () => {
      if (!exited(child)) child.kill('SIGKILL');
      await waitForExit(child);
    },
    stop: async () => {
      if (exited(child)) return;
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      child.kill('SIGTERM');
      await waitForExit(child);
      clearTimeout(timer);
    },
  };
  try {
    await waitForHealth(server, timeoutMs);
  } catch (error) {
    await server.kill();
    throw error;
  }
  return server;
}

export type HttpAnswer = { status: number; body: string; json: <T>() => T };

/** A client of a server over real HTTP, keeping its session cookie and CSRF token (as the web app does). */
export class HttpClient {
  cookie: string | undefined;
  csrfToken: string | undefined;
  constructor(readonly baseUrl: string) {}

  /** Rejects when the connection fails (e.g. the server was killed): no answer, nothing acknowledged. */
  async request(method: 'GET' | 'POST', url: string, body?: unknown): Promise<HttpAnswer> {
    const res = await fetch(`${this.baseUrl}${url}`, {
      method,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrfToken && method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    for (const c of res.headers.getSetCookie()) {
      const m = /^sanxiang_session=([^;]*)/.exec(c);
      if (m) this.cookie = m[1] ? `sanxiang_session=${m[1]}` : undefined;
    }
    const json = <T>() => JSON.parse(text) as T;
    if (res.headers.get('content-type')?.startsWith('application/json')) {
      const parsed = json<{ csrfToken?: unknown } | null>();
      if (parsed && typeof parsed.csrfToken === 'string') this.csrfToken = parsed.csrfToken;
    }
    return { status: res.status, body: text, json };
  }

  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, body: unknown = {}) {
    return this.request('POST', url, body);
  }
}

/** Signs in over HTTP (demo password unless given); throws unless the server says 200. */
export async function loginOver(baseUrl: string, username: string, password = 'demo12345') {
  const client = new HttpClient(baseUrl);
  const res = await client.post('/api/v1/auth/login', { username, password });
  if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${res.body}`);
  return client;
}
