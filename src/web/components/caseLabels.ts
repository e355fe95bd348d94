import { useQuery } from '@tanstack/react-query';
import { recordsApi } from '../api/cases.js';
import { type CaseOfficer, type Deadline, type RecordTemplate } from '../api/types.js';
import { EXECUTION_DEADLINE_KINDS, isExecutionApproval } from '../../shared/case-vocabulary.js';
import { t, tOptional } from '../i18n/index.js';

/** All record templates (they change only with a release: fetched once per session). */
export function useRecordTemplates() {
  return useQuery({
    queryKey: ['record-templates'],
    queryFn: ({ signal }) => recordsApi.templates(signal),
    staleTime: Infinity,
    select: (data) => data.items,
  });
}

export function templateTitle(templates: readonly RecordTemplate[] | undefined, type: string): string {
  return templates?.find((tpl) => tpl.type === type)?.title ?? type;
}

export function activityLabel(activity: string): string {
  return tOptional(`cases.media.activities.${activity}`, activity);
}

export function periodKindLabel(kind: string): string {
  return tOptional(`cases.periods.kinds.${kind}`, kind);
}

export function approvalKindLabel(kind: string): string {
  return tOptional(`cases.approvals.kinds.${kind}`, kind);
}

/**
 * What a deadline is about: the server's label, or for kinds it names only by code (a per-object kind
 * such as `legal_review:<id>`), the web's own label.
 */
export function deadlineLabel(d: Pick<Deadline, 'kind' | 'label'>): string {
  if (d.label !== d.kind) return d.label;
  const base = d.kind.split(':')[0] ?? d.kind;
  return tOptional(`cases.page.deadlineKinds.${base}`, d.label);
}

/** The tab of the case page where a deadline's matter is handled (`?tab=…`), if not the first. */
export function deadlineTab(kind: string): string | undefined {
  const base = kind.split(':')[0] ?? kind;
  if ((EXECUTION_DEADLINE_KINDS as readonly string[]).includes(base)) return 'execution';
  if (base === 'legal_review') return 'decision';
  return undefined;
}

/** The case page at the tab where a deadline is handled. */
export function deadlineCasePath(d: { caseId: string; kind: string }): string {
  const tab = deadlineTab(d.kind);
  return `/admin/cases/${d.caseId}${tab ? `?tab=${tab}` : ''}`;
}

/** The disclosure a deadline is about (`disclosure:<id>`, `disclosure_withdrawal:<id>`), or null. */
export function deadlineDisclosureId(kind: string): string | null {
  const colon = kind.indexOf(':');
  if (colon < 0) return null;
  const base = kind.slice(0, colon);
  const id = kind.slice(colon + 1);
  return (base === 'disclosure' || base === 'disclosure_withdrawal') && id ? id : null;
}

/**
 * Where a deadline is handled: a disclosure's on its own page (行政执法公示) when the user may open it,
 * every other one on the case page at its tab.
 */
export function deadlinePath(d: { caseId: string; kind: string }, disclosures: boolean): string {
  const disclosure = deadlineDisclosureId(d.kind);
  return disclosure && disclosures ? `/admin/disclosures/${disclosure}` : deadlineCasePath(d);
}

/** The case page at the tab where a request is made: 送达执行 for its own kinds, else 期间与审批. */
export function approvalCasePath(a: { caseId: string; kind: string }): string {
  return `/admin/cases/${a.caseId}?tab=${isExecutionApproval(a.kind) ? 'execution' : 'periods'}`;
}

/** "90日（自然日），截至 2026-10-08" or "7个工作日内，截至 2026-10-15". */
export function deadlineText(d: Pick<Deadline, 'days' | 'unit' | 'due'>): string {
  return d.unit === 'working_days'
    ? t('cases.page.deadlineWorking', { days: d.days, due: d.due })
    : t('cases.page.deadlineCalendar', { days: d.days, due: d.due });
}

/**
 * A blocker's missing item in Chinese: `media:onsite_inspection` → 现场执法（检查）音像记录,
 * `record:investigation_report` → the template's title, `officers:1`, `officer:<id>`, and so on.
 */
export function missingItemLabel(
  item: string,
  templates: readonly RecordTemplate[] | undefined,
  officers: readonly CaseOfficer[] = [],
): string {
  const colon = item.indexOf(':');
  const head = colon < 0 ? item : item.slice(0, colon);
  const rest = colon < 0 ? '' : item.slice(colon + 1);
  switch (head) {
    case 'media':
      return t('cases.page.missing.media', { activity: activityLabel(rest) });
    case 'record':
      return rest
        .split('|')
        .map((type) => templateTitle(templates, type))
        .join(t('cases.caseFile.or'));
    case 'officers':
      return t('cases.page.missing.officers', { count: rest });
    case 'officer':
      return t('cases.page.missing.officer', {
        name: officers.find((o) => o.accountId === rest)?.name ?? rest,
      });
    case 'resumption':
      return t('cases.page.missing.resumption');
    case 'approval':
      return t('cases.page.missing.recusal');
    case 'decision':
      return t('cases.page.missing.decision');
    case 'legal_review':
      return t('cases.page.missing.legalReview');
    case 'window_until':
      return t('cases.page.missing.windowUntil', { date: rest });
    case 'hearing_request':
      return t('cases.page.missing.hearingRequest', { date: rest });
    case 'collective_discussion_incomplete':
      return t('cases.page.missing.discussionIncomplete', {
        fields: fieldLabels(templates, 'collective_discussion', rest.split(',')).join('、'),
      });
    case 'collective_discussion_before_review':
      return t('cases.page.missing.discussionBeforeReview');
    case 'decided_on_after_today':
      return t('cases.page.missing.decidedAfterToday', { date: rest });
    case 'decided_on_before_filing':
      return t('cases.page.missing.decidedBeforeFiling', { date: rest });
    // the closing gate (送达执行): `service:decision`, `payment`, `seizure:<id>` …
    case 'service':
      if (rest === 'prior_notice') return t('cases.page.missing.serviceNotice');
      return rest.startsWith('daily_penalty')
        ? t('cases.page.missing.serviceDailyPenalty')
        : t('cases.page.missing.serviceDecision');
    case 'payment':
      return t('cases.page.missing.payment');
    case 'summary_filing':
      return t('cases.page.missing.summaryFiling');
    case 'seizure':
      return t('cases.page.missing.seizure');
    case 'recheck':
      return t('cases.page.missing.recheck');
    case 'hand_in':
      return t('cases.page.missing.handIn');
    case 'service_consent':
      return t('cases.page.missing.serviceConsent');
    default:
      return item;
  }
}

/** Field keys of a record → their labels in its template. */
export function fieldLabels(
  templates: readonly RecordTemplate[] | undefined,
  type: string,
  keys: readonly string[],
): string[] {
  const fields = templates?.find((tpl) => tpl.type === type)?.fields ?? [];
  return keys.map((k) => fields.find((f) => f.key === k)?.label ?? k);
}
