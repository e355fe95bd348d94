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
