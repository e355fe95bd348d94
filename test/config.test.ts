import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/server/config.js';

describe('configuration from the environment', () => {
  it('has embedded defaults: SQLite in ./data, demo mode, port 3000 on loopback', () => {
    const c = parseConfig({});
    expect(c.port).toBe(3000);
    expect(c.mode).toBe('demo');
    expect(c.host).toBe('127.0.0.1');
    expect(c.database).toEqual({ kind: 'sqlite', file: path.resolve('data/sanxiang.db') });
    expect(c.storage).toEqual({ kind: 'local', dir: path.resolve('data/blobs') });
    expect(c.cookieSecure).toBe(false);
  });

  it('switches to PostgreSQL with DATABASE_URL and hardens production mode', () => {
    const c = parseConfig({ DATABASE_URL: 'postgres://u@db/x', SANXIANG_MODE: 'production', PORT: '8080' });
    expect(c.database).toEqual({ kind: 'postgres', url: 'postgres://u@db/x', schema: undefined });
    expect(c.host).toBe('0.0.0.0');
    expect(c.cookieSecure).toBe(true);
    expect(c.port).toBe(8080);
  });

  it('names every bad variable in one readable message', () => {
    let error: unknown;
    try {
      parseConfig({
        PORT: 'abc',
        DATABASE_URL: 'mysql://x',
        SANXIANG_MODE: 'staging',
        COOKIE_SECURE: 'maybe',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain('PORT');
    expect(message).toContain('"abc"');
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain('SANXIANG_MODE');
    expect(message).toContain('COOKIE_SECURE');
    expect((error as ConfigError).problems).toHaveLength(4);
  });

  it('configures S3 storage and names what is missing for it', () => {
    expect(() => parseConfig({ STORAGE: 's3', S3_BUCKET: 'evidence' })).toThrow(
      /S3_ACCESS_KEY_ID[\s\S]*S3_SECRET_ACCESS_KEY/,
    );
    const c = parseConfig({
      STORAGE: 's3',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_BUCKET: 'evidence',
      S3_ACCESS_KEY_ID: 'k',
      S3_SECRET_ACCESS_KEY: 's',
    });
    expect(c.storage).toMatchObject({
      kind: 's3',
      bucket: 'evidence',
      endpoint: 'http://127.0.0.1:9000',
      forcePathStyle: true,
    });
  });

  it('rejects out-of-range numbers', () => {
    expect(() => parseConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => parseConfig({ SESSION_IDLE_MINUTES: '0' })).toThrow(/SESSION_IDLE_MINUTES/);
  });

  it('takes the portal address for absolute links without its trailing slash, http(s) only', () => {
    expect(parseConfig({}).publicBaseUrl).toBeUndefined();
    expect(parseConfig({ PUBLIC_BASE_URL: 'https://zfgs.example.gov.cn/' }).publicBaseUrl).toBe(
      'https://zfgs.example.gov.cn',
    );
    expect(() => parseConfig({ PUBLIC_BASE_URL: 'ftp://example.gov.cn' })).toThrow(/PUBLIC_BASE_URL/);
    expect(() => parseConfig({ PUBLIC_BASE_URL: 'https://a.gov.cn/?x=1' })).toThrow(/PUBLIC_BASE_URL/);
  });

  it('stops the server at start-up with the message and exit code 1', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: { ...process.env, PORT: 'not-a-port', DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Invalid configuration');
    expect(run.stderr).toContain('PORT');
  });
});
