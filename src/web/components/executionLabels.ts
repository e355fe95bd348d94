import type { CaseOfficer, ExecutionView, RecordTemplate } from '../api/types.js';
import { formatMoney } from '../format.js';
import { t, tOptional } from '../i18n/index.js';
import { missingItemLabel } from './caseLabels.js';

export const serviceMethodLabel = (method: string | null): string =>
  method ? tOptional(`execution.service.methods.${method}`, method) : t('common.none');

export const paymentMethodLabel = (method: string | null): string =>
  method ? tOptional(`execution.payment.methods.${method}`, method) : t('common.none');

export const seizureMeasureLabel = (measure: string): string =>
  tOptional(`execution.seizure.measures.${measure}`, measure);

export const liftReasonLabel = (reason: string | null): string =>
  reason ? tOptional(`execution.seizure.liftReasons.${reason}`, reason) : t('common.none');

export const outcomeKindLabel = (kind: string): string => tOptional(`execution.outcome.kinds.${kind}`, kind);

export const outcomeResultLabel = (result: string): string =>
  tOptional(`execution.outcome.results.${result}`, result);

/** Seized items as the API keeps them (names, or `{ name, spec, quantity, unit, location }`) in one line each. */
export function seizedItemLines(items: readonly unknown[]): string[] {
  return items.flatMap((item) => {
    if (typeof item === 'string') return [item];
    if (typeof item !== 'object' || item === null) return [];
    const { name, spec, quantity, unit, location } = item as Record<string, unknown>;
    if (typeof name !== 'string') return [];
    const amount = typeof quantity === 'number' ? `${quantity}${typeof unit === 'string' ? unit : ''}` : '';
    const details = [spec, amount, location].filter((x): x is string => typeof x === 'string' && x !== '');
    return [details.length > 0 ? t('common.withNote', { name, note: details.join('，') }) : name];
  });
}

/** A court application refused as too early: what is still awaited (`demand`, `demand_wait_until:<date>` …). */
export function courtMissingLabel(item: string): string {
  const colon = item.indexOf(':');
  const head = colon < 0 ? item : item.slice(0, colon);
  const date = colon < 0 ? '' : item.slice(colon + 1);
  switch (head) {
    case 'demand':
      return t('execution.enforcement.missing.demand');
    case 'demand_wait_until':
      return t('execution.enforcement.missing.demandWaitUntil', { date });
    case 'remedy_period_until':
      return t('execution.enforcement.missing.remedyPeriodUntil', { date });
    default:
      return item;
  }
}

/**
 * What keeps a case from 结案, in Chinese, naming the seizure, order or collection by its number
 * (`seizure:<id>` → 解除查封扣押（清环封〔2026〕1号）).
 */
export function closingItemLabel(
  item: string,
  x: ExecutionView,
  templates: readonly RecordTemplate[] | undefined,
  officers: readonly CaseOfficer[] = [],
): string {
  const colon = item.indexOf(':');
  const head = colon < 0 ? item : item.slice(0, colon);
  const id = colon < 0 ? '' : item.slice(colon + 1);
  const label = missingItemLabel(item, templates, officers);
  const named = (note: string | null | undefined) =>
    note ? t('common.withNote', { name: label, note }) : label;
  switch (head) {
    case 'seizure':
      return named(x.seizures.find((s) => s.id === id)?.decisionNumber);
    case 'recheck':
      return named(x.correctionOrders.find((o) => o.id === id)?.documentNumber);
    case 'service': {
      const dailyId = id.startsWith('daily_penalty:') ? id.slice('daily_penalty:'.length) : null;
      const d = dailyId
        ? x.correctionOrders.flatMap((o) => o.dailyPenalties).find((p) => p.id === dailyId)
        : undefined;
      return named(d?.decisionNumber);
    }
    case 'hand_in': {
      const p = x.payment?.payments.find((q) => q.id === id);
      return named(p && (p.receiptNumber ?? (p.amount === null ? null : formatMoney(p.amount))));
    }
    default:
      return label;
  }
}
