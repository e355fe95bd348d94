import { formatYuan } from '../shared/money.js';

/** Date and time display: dates `YYYY-MM-DD`, times `YYYY-MM-DD HH:mm`, both in China time. */
const CHINA_TZ = 'Asia/Shanghai';

const dateTimeFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: CHINA_TZ,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function parts(date: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of dateTimeFormat.formatToParts(date)) out[part.type] = part.value;
  return out;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** `YYYY-MM-DD` in China time; a plain date string is returned unchanged; empty → '—'. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  if (DATE_ONLY.test(value)) return value;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const p = parts(date);
  return `${p['year']}-${p['month']}-${p['day']}`;
}

/** `YYYY-MM-DD HH:mm` in China time; empty → '—'. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const p = parts(date);
  return `${p['year']}-${p['month']}-${p['day']} ${p['hour']}:${p['minute']}`;
}

/** Today's date in China time, `YYYY-MM-DD`. */
export function todayInChina(): string {
  return formatDate(new Date().toISOString());
}

/** The hour of day in China time (0–23). */
export function chinaHour(now: Date = new Date()): number {
  return Number(parts(now)['hour']);
}

/** A byte count for people: 512 B, 1.2 KB, 34.5 MB, 1.02 GB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value >= 100 ? value.toFixed(0) : value.toFixed(value >= 10 ? 1 : 2)} ${units[unit]}`;
}

/** An ISO 8601 date-time with the China offset (+08:00), e.g. for a capture time. */
export function toChinaIso(date: Date): string {
  const p = parts(date);
  const seconds = String(date.getUTCSeconds()).padStart(2, '0');
  return `${p['year']}-${p['month']}-${p['day']}T${p['hour']}:${p['minute']}:${seconds}+08:00`;
}

/** Money in text, the shared format (src/shared/money.ts): 300,000.00 元. */
export function formatMoney(amount: number): string {
  return formatYuan(amount);
}
