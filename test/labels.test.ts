import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as caseVocabulary from '../src/shared/case-vocabulary.js';
import * as evidenceVocabulary from '../src/shared/evidence-vocabulary.js';
import * as executionVocabulary from '../src/shared/execution-vocabulary.js';
import * as orgVocabulary from '../src/shared/org-vocabulary.js';
import * as recordVocabulary from '../src/shared/record-vocabulary.js';
import * as reviewVocabulary from '../src/shared/review-vocabulary.js';
import * as roles from '../src/shared/roles.js';
import { DEADLINE_KINDS } from '../src/server/modules/cases/case-deadlines.js';
import { CASE_STATUSES, EXCLUDED_PERIOD_KINDS } from '../src/server/modules/cases/case.rules.js';
import { approvalRequestBody } from '../src/shared/contracts/cases.js';
import { PARTY_TYPES } from '../src/server/modules/cases/party.rules.js';
import { DEPARTMENT_KINDS } from '../src/server/modules/org/org.rules.js';
import { renderRecordDocx, type DocumentContext } from '../src/server/modules/records/docx.js';
import { EVIDENCE_TYPES, PRESERVATION_OUTCOMES } from '../src/server/modules/records/evidence.service.js';
import {
  AV_ACTIVITY_LABELS,
  PENALTY_TYPE_LABELS,
  RECORD_TEMPLATES,
  RECORD_TYPES,
} from '../src/server/modules/records/record-templates.js';
import { REVIEW_CHECKLIST } from '../src/server/modules/review/review.rules.js';
import { zhCN } from '../src/web/i18n/zh-CN.js';

const HAN = /\p{Script=Han}/u;

/**
 * Every code list of `src/shared` with its label table, found by name: `FOO_KINDS` goes with
 * `FOO_KIND_LABELS`. A new vocabulary without its table fails here (the list is not kept by hand).
 */
function vocabularies(): {
  name: string;
  codes: readonly string[];
  labels: Record<string, unknown> | undefined;
}[] {
  const modules: Record<string, Record<string, unknown>> = {
    'case-vocabulary': caseVocabulary,
    'evidence-vocabulary': evidenceVocabulary,
    'execution-vocabulary': executionVocabulary,
    'org-vocabulary': orgVocabulary,
    'record-vocabulary': recordVocabulary,
    'review-vocabulary': reviewVocabulary,
    roles,
  };
  // subsets of another vocabulary (labelled by its table), not vocabularies of their own
  const subsets = new Set([
    'SERVICE_AV_METHODS',
    'CONSENT_METHODS',
    'MONEY_PENALTIES',
    'EXCLUDED_PERIOD_KINDS',
    'EXECUTION_APPROVAL_KINDS',
    'CHILD_DEPARTMENT_KINDS',
    'EXECUTION_DEADLINE_KINDS',
    'UNCONFIRMED_PERIOD_KINDS',
  ]);
  const out: { name: string; codes: readonly string[]; labels: Record<string, unknown> | undefined }[] = [];
  for (const [file, exports] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(exports)) {
      if (!Array.isArray(value) || subsets.has(name) || !value.every((v) => typeof v === 'string')) continue;
      const candidates =
        name === 'RECORD_TYPES'
          ? ['RECORD_TITLES']
          : [/IES$/, /ES$/, /S$/, /_KEYS$/].map(
              (end) => `${name.replace(end, end.source === 'IES$' ? 'Y' : '')}_LABELS`,
            );
      const labels = candidates.map((n) => exports[n]).find((v) => typeof v === 'object' && v !== null) as
        Record<string, unknown> | undefined;
      out.push({ name: `${file}: ${name}`, codes: value, labels });
    }
  }
  return out;
}

describe('shared label tables', () => {
  it('finds the vocabularies of every shared file', () => {
    const names = vocabularies().map((v) => v.name);
    expect(names.length).toBeGreaterThanOrEqual(35);
    for (const expected of [
      'case-vocabulary: STAGES',
      'case-vocabulary: PARTY_TYPES',
      'review-vocabulary: PENALTY_TYPES',
      'review-vocabulary: REVIEW_CHECKLIST_KEYS',
      'execution-vocabulary: SERVICE_METHODS',
      'record-vocabulary: RECORD_TYPES',
      'roles: ROLES',
    ]) {
      expect(names).toContain(expected);
    }
  });

  it.each(vocabularies())(
    '$name: every code has a Chinese label, and only codes have one',
    ({ codes, labels }) => {
      expect(labels, 'label table').toBeDefined();
      for (const code of codes) {
        const label = labels?.[code];
        expect(
          typeof label === 'string' && label.trim() !== '' && HAN.test(label),
          `${code}: ${String(label)}`,
        ).toBe(true);
      }
      expect(Object.keys(labels ?? {}).sort()).toEqual([...codes].sort());
    },
  );

  it('the server modules re-export the shared code lists, not copies', () => {
    expect(PARTY_TYPES).toBe(caseVocabulary.PARTY_TYPES);
    expect(CASE_STATUSES).toBe(caseVocabulary.CASE_STATUSES);
    expect(EXCLUDED_PERIOD_KINDS).toBe(caseVocabulary.EXCLUDED_PERIOD_KINDS);
    expect(DEPARTMENT_KINDS).toBe(orgVocabulary.DEPARTMENT_KINDS);
    expect(EVIDENCE_TYPES).toBe(evidenceVocabulary.EVIDENCE_TYPES);
    expect(PRESERVATION_OUTCOMES).toBe(evidenceVocabulary.PRESERVATION_OUTCOMES);
    expect(RECORD_TYPES).toBe(recordVocabulary.RECORD_TYPES);
    expect(PENALTY_TYPE_LABELS).toBe(reviewVocabulary.PENALTY_TYPE_LABELS);
    expect(AV_ACTIVITY_LABELS).toBe(caseVocabulary.MEDIA_ACTIVITY_LABELS);
    // the request schema takes its kinds from the vocabulary
    expect(approvalRequestBody.shape.kind.options).toEqual([...caseVocabulary.APPROVAL_KINDS]);
    expect(Object.keys(DEADLINE_KINDS)).toEqual([...caseVocabulary.DEADLINE_KINDS]);
  });

  it('the server prints the shared labels: record titles, deadlines, the review checklist', () => {
    for (const type of RECORD_TYPES)
      expect(RECORD_TEMPLATES[type].title).toBe(recordVocabulary.RECORD_TITLES[type]);
    for (const kind of caseVocabulary.DEADLINE_KINDS) {
      expect(DEADLINE_KINDS[kind].label).toBe(caseVocabulary.DEADLINE_KIND_LABELS[kind]);
    }
    expect(REVIEW_CHECKLIST.map((i) => i.label)).toEqual(
      reviewVocabulary.REVIEW_CHECKLIST_KEYS.map((k) => reviewVocabulary.REVIEW_CHECKLIST_LABELS[k]),
    );
  });

  it('the web catalogue takes the shared tables by reference', () => {
    expect(zhCN.roles).toBe(roles.ROLE_LABELS);
    expect(zhCN.departmentKinds).toBe(orgVocabulary.DEPARTMENT_KIND_LABELS);
    expect(zhCN.status.certificate).toBe(orgVocabulary.CERTIFICATE_STATUS_LABELS);
    expect(zhCN.cases.kinds).toBe(caseVocabulary.CASE_KIND_LABELS);
    expect(zhCN.cases.stages).toBe(caseVocabulary.STAGE_LABELS);
    expect(zhCN.cases.statuses).toBe(caseVocabulary.CASE_STATUS_LABELS);
    expect(zhCN.cases.partyTypes).toBe(caseVocabulary.PARTY_TYPE_LABELS);
    expect(zhCN.cases.records.penaltyTypes).toBe(reviewVocabulary.PENALTY_TYPE_LABELS);
    expect(zhCN.review.substanceParts).toBe(reviewVocabulary.SUBSTANCE_PART_LABELS);
    expect(zhCN.cases.media.activities).toBe(caseVocabulary.MEDIA_ACTIVITY_LABELS);
    expect(zhCN.cases.periods.kinds).toBe(caseVocabulary.PERIOD_KIND_LABELS);
    expect(zhCN.cases.approvals.kinds).toBe(caseVocabulary.APPROVAL_KIND_LABELS);
    expect(zhCN.cases.approvals.statuses).toBe(caseVocabulary.APPROVAL_STATUS_LABELS);
    expect(zhCN.cases.page.deadlineKinds).toBe(caseVocabulary.DEADLINE_KIND_LABELS);
    expect(zhCN.cases.page.deadlineStatus).toBe(caseVocabulary.DEADLINE_STATUS_LABELS);
    expect(zhCN.execution.service.methods).toBe(executionVocabulary.SERVICE_METHOD_LABELS);
    expect(zhCN.execution.service.documentKinds).toBe(executionVocabulary.SERVICE_DOCUMENT_KIND_LABELS);
    expect(zhCN.execution.payment.methods).toBe(executionVocabulary.PAYMENT_METHOD_LABELS);
    expect(zhCN.execution.payment.onsiteGrounds).toBe(executionVocabulary.ONSITE_GROUND_LABELS);
    expect(zhCN.execution.seizure.measures).toBe(executionVocabulary.SEIZURE_MEASURE_LABELS);
    expect(zhCN.execution.seizure.statuses).toBe(executionVocabulary.SEIZURE_STATUS_LABELS);
    expect(zhCN.execution.seizure.liftReasons).toBe(executionVocabulary.LIFT_REASON_LABELS);
    expect(zhCN.execution.correction.statuses).toBe(executionVocabulary.ORDER_STATUS_LABELS);
    expect(zhCN.execution.correction.results).toBe(executionVocabulary.RECHECK_RESULT_LABELS);
    expect(zhCN.execution.outcome.kinds).toBe(executionVocabulary.OUTCOME_KIND_LABELS);
    expect(zhCN.execution.outcome.instances).toBe(executionVocabulary.LITIGATION_INSTANCE_LABELS);
    expect(zhCN.execution.outcome.results).toEqual({
      ...executionVocabulary.REMEDY_RESULT_LABELS,
      ...executionVocabulary.COURT_ENFORCEMENT_RESULT_LABELS,
    });
    expect(zhCN.summary.penaltyTypes).toBe(executionVocabulary.SUMMARY_PENALTY_TYPE_LABELS);
    expect(zhCN.review.outcomes).toBe(reviewVocabulary.DECISION_OUTCOME_LABELS);
    expect(zhCN.review.circumstances).toBe(reviewVocabulary.CIRCUMSTANCE_LABELS);
    expect(zhCN.review.statuses).toBe(reviewVocabulary.REVIEW_STATUS_LABELS);
    expect(zhCN.review.checklist).toBe(reviewVocabulary.REVIEW_CHECKLIST_LABELS);
    expect(zhCN.review.dispute.decisions).toBe(reviewVocabulary.DISPUTE_DECISION_LABELS);
    expect(zhCN.review.catalog.kinds).toBe(reviewVocabulary.CATALOG_RULE_KIND_LABELS);
    expect(zhCN.admin.users.qualificationKinds).toMatchObject(reviewVocabulary.QUALIFICATION_KIND_LABELS);
  });
});

/** The text of a .docx: word/document.xml with the tags stripped. */
function documentText(docx: Buffer): string {
  const xml = unzipSync(new Uint8Array(docx))['word/document.xml'];
  if (xml === undefined) throw new Error('word/document.xml missing');
  return strFromU8(xml).replace(/<[^>]+>/g, '');
}

function context(record: Pick<DocumentContext['record'], 'type' | 'fields'>): DocumentContext {
  return {
    bodyName: '清远市生态环境局',
    caseNumber: '清环罚〔2026〕12号',
    caseTitle: '某化工有限公司超标排放大气污染物案',
    caseKind: 'coercion',
    party: { type: 'organization', name: '清远某化工有限公司', creditCode: '91441800MA0000000X' },
    officers: [{ name: '张三', certificateNo: '44180020001' }],
    record: {
      ...record,
      title: RECORD_TEMPLATES[record.type].title,
      content: '',
      version: 1,
      createdAt: '2026-10-15T02:00:00.000Z',
      author: '张三',
    },
    parameters: { statementDays: 3 },
  };
}

describe('the Word documents and the web print the same words', () => {
  it('penalty types, the case kind, the party type and the record title', async () => {
    const text = documentText(
      await renderRecordDocx(
        context({
          type: 'prior_notice',
          fields: {
            penalties: [{ type: 'confiscate_property', amount: 5000 }, { type: 'suspend_production' }],
          },
        }),
      ),
    );
    expect(text).toContain(
      `${zhCN.cases.records.penaltyTypes.confiscate_property} 5,000.00 元（大写：伍仟元整）`,
    );
    expect(text).toContain(zhCN.cases.records.penaltyTypes.suspend_production);
    expect(text).toContain(zhCN.cases.kinds.coercion);
    expect(text).toContain(zhCN.cases.partyTypes.organization);
    expect(text).toContain(recordVocabulary.RECORD_TITLES.prior_notice);
  });

  it('the A/V activity (现场执法（检查）, one wording on paper and on screen)', async () => {
    const text = documentText(
      await renderRecordDocx(
        context({ type: 'recording_interruption_note', fields: { activity: 'onsite_inspection' } }),
      ),
    );
    expect(zhCN.cases.media.activities.onsite_inspection).toBe('现场执法（检查）');
    expect(text).toContain(zhCN.cases.media.activities.onsite_inspection);
  });

  it('the select options of the templates are the shared labels', () => {
    const options = (type: keyof typeof RECORD_TEMPLATES, key: string) =>
      Object.fromEntries(
        (RECORD_TEMPLATES[type].fields.find((f) => f.key === key)?.options ?? []).map((o) => [
          o.value,
          o.label,
        ]),
      );
    expect(options('investigation_report', 'outcome')).toEqual(zhCN.review.outcomes);
    expect(options('recording_interruption_note', 'activity')).toEqual(zhCN.cases.media.activities);
    expect(options('litigation_outcome', 'instance')).toEqual(zhCN.execution.outcome.instances);
    expect(options('court_enforcement_result', 'result')).toEqual(
      executionVocabulary.COURT_ENFORCEMENT_RESULT_LABELS,
    );
    // a record keeps 留置送达 as `lodged`; its label is the API's `left_at_premises`
    const service = options('service_receipt', 'method');
    expect(service['lodged']).toBe(zhCN.execution.service.methods.left_at_premises);
    expect(service['direct']).toBe(zhCN.execution.service.methods.direct);
  });
});
