import type { FormInstance } from 'antd';
import { ApiError, errorMessage } from '../api/client.js';
import { t } from '../i18n/index.js';

type NamePath = (string | number)[];

function toNamePath(path: string): NamePath {
  const parts = path.split(/[.[\]/]+/).filter((p) => p.length > 0);
  // The server may prefix where the value came from.
  if (parts[0] !== undefined && ['body', 'query', 'querystring', 'params'].includes(parts[0])) parts.shift();
  return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

export interface FormErrorOptions {
  /** Fields present in the form; server messages for other paths are shown in the summary instead. */
  fields: readonly string[];
  /** Error codes that belong to one field (e.g. USERNAME_TAKEN → username). */
  codeFields?: Record<string, string>;
}

/**
 * Show an API error on a form: messages next to the fields where possible (the typed values stay),
 * returns the text for a summary alert, or null when every message went to a field.
 */
export function applyApiError(form: FormInstance, error: unknown, options: FormErrorOptions): string | null {
  if (!(error instanceof ApiError)) return errorMessage(error);

  const codeField = options.codeFields?.[error.code];
  if (codeField && options.fields.includes(codeField)) {
    form.setFields([{ name: codeField, errors: [error.message] }]);
    return null;
  }

  const fieldErrors = error.fieldErrors;
  if (fieldErrors.length === 0) return error.message;

  const leftOver: string[] = [];
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  for (const fe of fieldErrors) {
    const name = toNamePath(fe.path);
    const first = name[0];
    if (typeof first === 'string' && options.fields.includes(first)) {
      const key = name.join('.');
      const entry = byField.get(key) ?? { name, errors: [] };
      entry.errors.push(fe.message);
      byField.set(key, entry);
    } else {
      leftOver.push(fe.path ? t('common.labelValue', { label: fe.path, value: fe.message }) : fe.message);
    }
  }
  form.setFields([...byField.values()]);
  if (leftOver.length === 0) return byField.size > 0 ? null : error.message;
  return t('common.sentences', {
    a: error.message,
    b: `${t('common.validationSummary')}${leftOver.join(t('common.listSeparator'))}`,
  });
}

/**
 * An error as one sentence that keeps the server's reasons, for places without a form (an upload's
 * line, a message toast): a VALIDATION_FAILED answer gives what is wrong with each field (its label
 * first when `labels` names it and the message does not) instead of the bare 请求参数无效; any other
 * answer already says why in its message (the reason's sentence).
 */
export function errorText(error: unknown, labels: Readonly<Record<string, string>> = {}): string {
  if (!(error instanceof ApiError)) return errorMessage(error);
  const reasons = error.fieldErrors.map((fe) => {
    const first = toNamePath(fe.path)[0];
    const label = typeof first === 'string' ? labels[first] : undefined;
    return label && !fe.message.includes(label)
      ? t('common.labelValue', { label, value: fe.message })
      : fe.message;
  });
  if (reasons.length === 0) return error.message;
  const list = [...new Set(reasons)].join(t('common.listSeparator'));
  return error.code === 'VALIDATION_FAILED'
    ? list
    : t('common.labelValue', { label: error.message, value: list });
}

/**
 * The same error with `prefix.` taken off its field paths, for forms that keep a nested body flat
 * (an approval's `payload.dueOn` → `dueOn`, a disclosure's `summary.facts` → `facts`).
 */
export function withoutPathPrefix(error: unknown, prefix: 'payload' | 'summary'): unknown {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return error;
  const pattern = new RegExp(`^(body\\.)?${prefix}\\.`);
  return new ApiError(error.status, error.code, error.message, {
    ...error.details,
    fields: error.fieldErrors.map((f) => ({ path: f.path.replace(pattern, ''), message: f.message })),
  });
}

/**
 * Validates the whole form; when something is wrong, scrolls to the first field in error (its message
 * shows next to it) and rejects — for actions that ask for confirmation only once the form is valid.
 */
export async function validateAndReveal<V>(form: FormInstance<V>): Promise<V> {
  try {
    return await form.validateFields();
  } catch (error) {
    const fields: unknown =
      typeof error === 'object' && error !== null ? Reflect.get(error, 'errorFields') : null;
    const first: unknown = Array.isArray(fields) ? (fields[0] as { name?: unknown } | undefined)?.name : null;
    if (Array.isArray(first)) form.scrollToField(first as (string | number)[], { block: 'center' });
    throw error;
  }
}
