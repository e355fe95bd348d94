import { zhCN } from './zh-CN.js';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every dotted key of the message catalogue, e.g. `admin.menu.users`. */
export type MessageKey = Leaves<typeof zhCN>;

export type MessageParams = Record<string, string | number>;

function lookup(key: string): string | undefined {
  let node: unknown = zhCN;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Translate a message key; `{name}` placeholders are filled from `params`. */
export function t(key: MessageKey, params?: MessageParams): string {
  return interpolate(lookup(key) ?? key, params);
}

/** For keys built at run time from server values (e.g. an unknown source code): falls back to `fallback`. */
export function tOptional(key: string, fallback: string, params?: MessageParams): string {
  const found = lookup(key);
  return found === undefined ? fallback : interpolate(found, params);
}
