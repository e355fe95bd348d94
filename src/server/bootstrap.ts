import fs from 'node:fs';
import type { Config } from './config.js';
import { SYSTEM_ACTOR } from './platform/audit/audit-log.js';
import { systemClock, type Clock } from './platform/clock.js';
import { openDatabase } from './platform/db/database.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { seedDemo } from './seed/demo.js';
import { createServices, type Services } from './services.js';

export type BootReport = { migrations: string[]; calendarYears: number[]; seeded: boolean };

/**
 * Opens the database, migrates it, loads the shipped holiday schedules and, in demo mode, seeds
 * an empty database. Used by the server, the CLI and the tests alike.
 */
export async function bootstrap(
  config: Config,
  clock: Clock = systemClock,
): Promise<{ services: Services; report: BootReport }> {
  fs.mkdirSync(config.dataDir, { recursive: true });
  const database = await openDatabase(config.database);
  try {
    const migrations = await migrateToLatest(database);
    const services = createServices(config, database, clock);
    const calendarYears = await services.calendar.loadShippedYears(SYSTEM_ACTOR);
    const seeded = config.mode === 'demo' ? await seedDemo(services) : false;
    return { services, report: { migrations, calendarYears, seeded } };
  } catch (err) {
    await database.close();
    throw err;
  }
}
