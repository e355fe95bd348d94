/** The source of "now". Injected so that tests can move time; production uses the system clock. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

const CHINA_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in China (UTC+8) of an instant: deadlines count China days. */
export function chinaDate(instant: Date): string {
  return CHINA_DATE.format(instant);
}

const CHINA_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** `YYYY-MM-DD HH:mm` in China time (ui.md), from an ISO timestamp. */
export function formatChinaTime(iso: string): string {
  return CHINA_TIME.format(new Date(iso));
}
