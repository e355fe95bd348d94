import { buildApp } from './app.js';
import { bootstrap } from './bootstrap.js';
import { ConfigError, parseConfig } from './config.js';
import { DEFAULT_GC_GRACE_MS } from './modules/records/storage-gc.js';

const SESSION_SWEEP_MS = 10 * 60_000;
const CHECKPOINT_INTERVAL_MS = 60 * 60_000;
const UPLOAD_EXPIRY_SWEEP_MS = 60 * 60_000;

async function main(): Promise<void> {
  let config;
  try {
    config = parseConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const { services, report } = await bootstrap(config);
  const app = await buildApp(services, { logger: { level: config.logLevel } });
  app.log.info(
    { mode: config.mode, database: services.database.dialect, dataDir: config.dataDir, ...report },
    'Sanxiang started',
  );
  if (report.seeded)
    app.log.info(
      'demo data seeded: users admin, officer1, officer2, reviewer, filler, checker, approver, head',
    );

  const sweep = setInterval(() => {
    services.auth.purgeSessions().catch((err: unknown) => app.log.error({ err }, 'session sweep failed'));
  }, SESSION_SWEEP_MS);
  sweep.unref();
  // the audit chain's head, signed every hour (and at start), so re-chaining or truncation is detected
  const checkpoint = () =>
    services.checkpoints.write().catch((err: unknown) => app.log.error({ err }, 'audit checkpoint failed'));
  void checkpoint();
  const checkpoints = setInterval(() => void checkpoint(), CHECKPOINT_INTERVAL_MS);
  checkpoints.unref();
  // abandoned uploads and temporary files of crashed puts expire after a day; blobs are the operator's (`sanxiang gc`)
  const expire = setInterval(() => {
    services.storageGc
      .run({ dryRun: false, graceMs: DEFAULT_GC_GRACE_MS, kinds: ['upload', 'temporary'] }, (item) =>
        app.log.info({ item }, 'expired upload removed'),
      )
      .catch((err: unknown) => app.log.error({ err }, 'upload expiry failed'));
  }, UPLOAD_EXPIRY_SWEEP_MS);
  expire.unref();

  const stop = async () => {
    clearInterval(sweep);
    clearInterval(checkpoints);
    clearInterval(expire);
    await app.close();
    await services.database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());

  await app.listen({ port: config.port, host: config.host });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
