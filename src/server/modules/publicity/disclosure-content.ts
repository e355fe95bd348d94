import type { PartyType } from '../../../shared/case-vocabulary.js';
import type { DisclosureSummary, RedactionMark } from '../../../shared/contracts/publicity.js';
import { PUBLIC_PARTY_TYPE_LABELS } from '../../../shared/publicity-vocabulary.js';
import {
  applyMarks,
  findSpans,
  redact,
  type KnownTerm,
  type ManualMark,
  type Span,
} from './redaction.rules.js';

/** What the case knows about the party (all of it is redacted wherever it appears; GD-PUB Art. 14). */
export type PartyFacts = {
  type: PartyType;
  name: string;
  idNumber: string | null;
  creditCode: string | null;
  legalRepresentative: string | null;
  address: string | null;
  phone: string | null;
};

/**
 * Fields of the case's records that name people or give their numbers on the party's side (the person
 * interviewed, the one present at an inspection, the declarant of a waiver, agents, witnesses, the one
 * who signed a receipt …): their values are redacted too.
 */
export const PARTY_PERSON_FIELDS: readonly string[] = [
  'onsiteResponsible',
  'interviewee',
  'witness',
  'partyWitness',
  'declarant',
  'agent',
  'requestedBy',
  'partyAttendees',
  'recipient',
  'signedBy',
];
export const PARTY_NUMBER_FIELDS: Readonly<Record<string, KnownTerm['kind']>> = {
  onsiteResponsiblePhone: 'phone',
  intervieweePhone: 'phone',
  contactPhone: 'phone',
  intervieweeIdNumber: 'id_number',
  serviceAddress: 'address',
  electronicAddress: 'email',
};

/** The known terms of a case: the party's data and the people its records name on the party's side. */
export function knownTermsOf(
  party: PartyFacts,
  recordFields: readonly Record<string, unknown>[],
): KnownTerm[] {
  const terms: KnownTerm[] = [];
  const add = (text: string | null | undefined, kind: KnownTerm['kind'], person?: boolean) => {
    const t = text?.trim();
    if (t && t.length >= 2 && !terms.some((x) => x.text === t))
      terms.push(person === undefined ? { text: t, kind } : { text: t, kind, person });
  };
  add(party.name, 'party_name', party.type === 'person');
  add(party.legalRepresentative, 'person_name', true);
  add(party.address, 'address');
  add(party.phone, 'phone');
  add(party.idNumber, 'id_number');
  add(party.creditCode, 'credit_code');
  for (const fields of recordFields) {
    for (const key of PARTY_PERSON_FIELDS) {
      const v = fields[key];
      const values = Array.isArray(v) ? v : [v];
      for (const x of values) if (typeof x === 'string') add(personNameIn(x), 'person_name', true);
    }
    for (const [key, kind] of Object.entries(PARTY_NUMBER_FIELDS)) {
      const v = fields[key];
      if (typeof v === 'string') add(v, kind);
    }
  }
  return terms;
}

/** A name as typed in a record field, without a role in brackets (张三（法定代表人） → 张三). */
function personNameIn(value: string): string {
  return value.replace(/[（(].*?[）)]/gu, '').split(/[，,、；;\s]/u)[0] ?? '';
}

/** Each text mark as offset marks at every place its text occurs. */
function offsetMarks(text: string, marks: readonly RedactionMark[]): ManualMark[] {
  const out: ManualMark[] = [];
  for (const m of marks) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(m.text, from);
      if (at < 0) break;
      out.push({ start: at, end: at + m.text.length, action: m.action });
      from = at + m.text.length;
    }
  }
  return out;
}

export type RedactedText = { field: string; original: string; redacted: string; spans: Span[] };

/** Redacts one text: the automatic hits, then the checker's masks and unmasks. */
export function redactText(
  field: string,
  original: string,
  terms: readonly KnownTerm[],
  marks: readonly RedactionMark[],
  showOrganisationName: boolean,
): RedactedText {
  const auto = findSpans(original, terms, { showOrganisationName });
  const spans = applyMarks(original, auto, offsetMarks(original, marks));
  return { field, original, redacted: redact(original, spans), spans };
}

/** The summary fields that are free text (and so redacted). */
export const SUMMARY_TEXT_FIELDS = ['caseName', 'facts', 'basis', 'decision'] as const;

/**
 * Every text of an item redacted. The organisation's name may stay in the summary only when the
 * bureau's parameter says so; in the full text it is hidden unless the same parameter allows it
 * (GD-PUB Art. 14: the full text hides the party's name).
 */
export function redactItem(
  summary: DisclosureSummary,
  fullText: string,
  terms: readonly KnownTerm[],
  marks: readonly RedactionMark[],
  showOrganisationName: boolean,
): RedactedText[] {
  return [
    ...SUMMARY_TEXT_FIELDS.map((f) => redactText(f, summary[f], terms, marks, showOrganisationName)),
    redactText('fullText', fullText, terms, marks, showOrganisationName),
  ];
}

/** The public snapshot: the summary with its texts redacted, and the redacted full text. */
export function publicSnapshot(summary: DisclosureSummary, texts: readonly RedactedText[]) {
  const redacted = (f: string) => texts.find((t) => t.field === f)?.redacted ?? '';
  return {
    summary: {
      ...summary,
      caseName: redacted('caseName'),
      facts: redacted('facts'),
      basis: redacted('basis'),
      decision: redacted('decision'),
    },
    fullText: redacted('fullText'),
  };
}
export type PublicSnapshot = ReturnType<typeof publicSnapshot>;

/** The full text of a decision as published (the 决定书 in plain text; redacted afterwards). */
export function fullTextOf(input: {
  bodyName: string;
  title: string;
  summary: DisclosureSummary;
  party: PartyFacts;
  paragraphs: readonly { heading: string; text: string }[];
}): string {
  const p = input.party;
  const lines = [
    input.bodyName,
    input.title,
    input.summary.documentNumber ?? '',
    '',
    `当事人：${p.name}`,
    `当事人类型：${PUBLIC_PARTY_TYPE_LABELS[input.summary.partyType]}`,
    ...(p.creditCode ? [`统一社会信用代码：${p.creditCode}`] : []),
    ...(p.idNumber ? [`身份证件号码：${p.idNumber}`] : []),
    ...(p.legalRepresentative
      ? [`${p.type === 'individual_business' ? '经营者' : '法定代表人（负责人）'}：${p.legalRepresentative}`]
      : []),
    ...(p.address ? [`地址：${p.address}`] : []),
    ...(p.phone ? [`联系电话：${p.phone}`] : []),
    '',
    ...input.paragraphs.filter((x) => x.text.trim() !== '').flatMap((x) => [`${x.heading}：`, x.text, '']),
    input.bodyName,
    input.summary.decidedOn,
  ];
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
