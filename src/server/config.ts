import { getHashes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import type { BlobStoreConfig } from './platform/storage/index.js';

/**
 * Typed configuration, parsed once from the environment. Invalid values stop start-up with a
 * readable message naming each bad variable (fail fast).
 */
const boolFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => ['true', '1', 'yes'].includes(v));

const envSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z
      .string()
      .regex(
        /^postgres(ql)?:\/\//,
        'must be a postgres:// or postgresql:// URL (leave unset for the embedded SQLite)',
      )
      .optional(),
    DATABASE_SCHEMA: z
      .string()
      .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lower-case SQL identifier')
      .optional(),
    SANXIANG_MODE: z.enum(['demo', 'production']).default('demo'),
    /** Demo mode also publishes a few decisions, so that the portal has content (tests turn it off). */
    DEMO_CONTENT: boolFromEnv.default(true),
    /** The Ed25519 key that signs the audit chain's checkpoints (outside the database; made if missing). */
    AUDIT_KEY_FILE: z.string().min(1).optional(),
    /**
     * An SM3 fingerprint (GB/T 32905) beside every SHA-256 of evidence, for systems assessed under
     * GB/T 39786-2021: computed by node:crypto (OpenSSL), which must offer `sm3`.
     */
    SM3_FINGERPRINTS: boolFromEnv.default(false),
    STORAGE: z.enum(['local', 's3']).default('local'),
    BLOB_DIR: z.string().min(1).optional(),
    S3_ENDPOINT: z.url().optional(),
    S3_REGION: z.string().min(1).default('us-east-1'),
    S3_BUCKET: z.string().min(3).max(63).optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_FORCE_PATH_STYLE: boolFromEnv.default(true),
    S3_PREFIX: z.string().max(200).optional(),
    COOKIE_SECURE: boolFromEnv.optional(),
    TRUST_PROXY: boolFromEnv.default(false),
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    SESSION_ABSOLUTE_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(7 * 24)
      .default(12),
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
    LOGIN_LOCK_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(15),
    MEDIA_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(1024 ** 4)
      .default(20 * 1024 ** 3),
    BODY_NAME: z.string().min(1).default('清远市生态环境局'),
    /**
     * The portal's public address (e.g. `https://zfgs.example.gov.cn`), for absolute links the server writes: the
     * sitemap, QR codes. Unset: the address the request came to (its Host header).
     */
    PUBLIC_BASE_URL: z
      .url({ protocol: /^https?$/, message: 'must be an http:// or https:// address' })
      .refine((u) => !/[?#]/.test(u), 'must not carry a query or a fragment')
      .optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((e, ctx) => {
    if (e.SM3_FINGERPRINTS && !getHashes().includes('sm3'))
      ctx.addIssue({ code: 'custom', path: ['SM3_FINGERPRINTS'], message: 'this Node.js build has no SM3' });
    if (e.STORAGE !== 's3') return;
    for (const key of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
      if (!e[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'required when STORAGE=s3' });
    }
  });

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema: string | undefined };
  mode: 'demo' | 'production';
  demoContent: boolean;
  auditKeyFile: string;
  /** Fingerprints computed beside SHA-256 (`sm3`: GB/T 39786). */
  fingerprints: { sm3: boolean };
  storage: BlobStoreConfig;
  cookieSecure: boolean;
  trustProxy: boolean;
  session: { idleMinutes: number; absoluteHours: number };
  login: { maxFailures: number; lockMinutes: number };
  media: { maxBytes: number };
  bodyName: string;
  /** The portal's public address without a trailing slash (`PUBLIC_BASE_URL`), or undefined: the request's host. */
  publicBaseUrl: string | undefined;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration (配置错误):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  // An empty variable counts as unset, as in most shells' `VAR= cmd`.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const name = issue.path.join('.');
        const got = cleaned[name];
        return `${name}: ${issue.message}${got === undefined ? '' : ` (got ${JSON.stringify(got)})`}`;
      }),
    );
  }
  const e = result.data;
  const dataDir = path.resolve(e.DATA_DIR);
  const production = e.SANXIANG_MODE === 'production';
  return {
    port: e.PORT,
    // Demo mode carries well-known passwords: listen on loopback unless told otherwise.
    host: e.HOST ?? (production ? '0.0.0.0' : '127.0.0.1'),
    dataDir,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, schema: e.DATABASE_SCHEMA }
      : { kind: 'sqlite', file: path.join(dataDir, 'sanxiang.db') },
    mode: e.SANXIANG_MODE,
    demoContent: e.DEMO_CONTENT,
    auditKeyFile: path.resolve(
      e.AUDIT_KEY_FILE ?? path.join(dataDir, 'keys', 'audit-checkpoint-ed25519.pem'),
    ),
    storage:
      e.STORAGE === 's3'
        ? {
            kind: 's3',
            region: e.S3_REGION,
            bucket: e.S3_BUCKET ?? '',
            accessKeyId: e.S3_ACCESS_KEY_ID ?? '',
            secretAccessKey: e.S3_SECRET_ACCESS_KEY ?? '',
            forcePathStyle: e.S3_FORCE_PATH_STYLE,
            ...(e.S3_ENDPOINT ? { endpoint: e.S3_ENDPOINT } : {}),
            ...(e.S3_PREFIX ? { prefix: e.S3_PREFIX } : {}),
          }
        : { kind: 'local', dir: path.resolve(e.BLOB_DIR ?? path.join(dataDir, 'blobs')) },
    fingerprints: { sm3: e.SM3_FINGERPRINTS },
    cookieSecure: e.COOKIE_SECURE ?? production,
    trustProxy: e.TRUST_PROXY,
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, absoluteHours: e.SESSION_ABSOLUTE_HOURS },
    login: { maxFailures: e.LOGIN_MAX_FAILURES, lockMinutes: e.LOGIN_LOCK_MINUTES },
    media: { maxBytes: e.MEDIA_MAX_BYTES },
    bodyName: e.BODY_NAME,
    publicBaseUrl: e.PUBLIC_BASE_URL?.replace(/\/+$/, ''),
    logLevel: e.LOG_LEVEL,
  };
}

/** Where tus uploads are staged until their last byte arrives (DATA_DIR/uploads). */
export const uploadsDirOf = (config: Pick<Config, 'dataDir'>) => path.join(config.dataDir, 'uploads');
