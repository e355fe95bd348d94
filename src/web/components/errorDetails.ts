import { ApiError } from '../api/client.js';
import { t } from '../i18n/index.js';

/** Readable lines from an error's `details` (field errors, lists of problems, or key: value pairs). */
export function detailLines(error: unknown, limit = 20): string[] {
  if (!(error instanceof ApiError)) return [];
  const fields = error.fieldErrors;
  if (fields.length > 0)
    return fields
      .slice(0, limit)
      .map((f) => (f.path ? t('common.labelValue', { label: f.path, value: f.message }) : f.message));

  const lines: string[] = [];
  const visit = (value: unknown, label: string) => {
    if (lines.length >= limit) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, label);
    } else if (typeof value === 'object' && value !== null) {
      const rec = value as Record<string, unknown>;
      if (typeof rec['message'] === 'string') {
        const where = [rec['path'], rec['date'], rec['field']].find(
          (x) => typeof x === 'string' || typeof x === 'number',
        );
        lines.push(
          where === undefined
            ? rec['message']
            : t('common.labelValue', { label: String(where), value: rec['message'] }),
        );
      } else {
        for (const [key, v] of Object.entries(rec)) visit(v, key);
      }
    } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      if (value === '') return;
      lines.push(label ? t('common.labelValue', { label, value: String(value) }) : String(value));
    }
  };
  visit(error.details, '');
  return lines;
}
