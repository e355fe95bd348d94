import type { Config } from './config.js';
import { AuditLog } from './platform/audit/audit-log.js';
import { AuthService } from './platform/auth/auth.service.js';
import { CalendarService } from './platform/calendar/calendar.service.js';
import type { Clock } from './platform/clock.js';
import type { DatabaseHandle } from './platform/db/database.js';
import { OrgService } from './modules/org/org.service.js';

/** The application's services, wired once per process (or per test). */
export type Services = {
  config: Config;
  database: DatabaseHandle;
  clock: Clock;
  audit: AuditLog;
  auth: AuthService;
  calendar: CalendarService;
  org: OrgService;
};

export function createServices(config: Config, database: DatabaseHandle, clock: Clock): Services {
  const audit = new AuditLog(database.db, database.dialect, clock);
  return {
    config,
    database,
    clock,
    audit,
    auth: new AuthService(database.db, audit, config, clock),
    calendar: new CalendarService(database.db, audit),
    org: new OrgService(database.db, audit, clock),
  };
}
