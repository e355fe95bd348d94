import type { RedactionKind } from '../../../shared/publicity-vocabulary.js';
import { isValidCreditCode, isValidResidentId } from '../cases/party.rules.js';

/**
 * Pure redaction (脱敏) of a decision's full text before it is published (事后公开).
 *
 * What must be hidden: 《广东省行政执法公示办法》(2021) 第十四条 (GD-PUB Art. 14; docs/domain-rules.md
 * §1): the party's name; for a natural person also the birth date, 身份证号码, address, telephone,
 * e-mail, bank accounts, property certificates and finances; for an organisation its bank accounts,
 * property certificates and finances. The names and other particulars the case already knows come in
 * as known terms; numbers with a recognisable shape are found by the patterns below. A checker then
 * corrects the result with manual marks (mask a miss, unmask a false hit) before the text is rebuilt.
 *
 * All offsets are UTF-16 indices into the original text, like `String.prototype.slice`.
 */

/** A particular the case knows (party, legal representative, address, phone …). */
export type KnownTerm = { text: string; kind: RedactionKind; person?: boolean };
/** A range to hide and what stands in its place. */
export type Span = {
  start: number;
  end: number;
  kind: RedactionKind;
  replacement: string;
  source: 'auto' | 'manual';
};
/** A checker's correction: `mask` hides a range the rules missed, `unmask` drops a false hit. */
export type ManualMark = { start: number; end: number; action: 'mask' | 'unmask' };
/** `showOrganisationName`: an organisation party's name is published (GD-PUB Art. 14 hides it only for persons' privacy). */
export type RedactionOptions = { showOrganisationName: boolean };

// ---- constants (GD-PUB Art. 14) ---------------------------------------------------------------

/**
 * Two-character surnames kept whole when a natural person's name is masked (欧阳锋 → 欧阳某).
 * A person's name is hidden under 《广东省行政执法公示办法》(2021) 第十四条 (GD-PUB Art. 14).
 */
export const COMPOUND_SURNAMES: readonly string[] = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '令狐',
  '钟离',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '百里',
  '呼延',
  '万俟',
  '申屠',
  '闻人',
];

/**
 * Legal-form endings kept when an organisation's name is hidden (清远市某某科技有限公司 → 某有限公司),
 * longest first so that 股份有限公司 wins over 有限公司 and 分公司 over 公司. The party's name is hidden
 * under 《广东省行政执法公示办法》(2021) 第十四条 (GD-PUB Art. 14) unless it is to be shown.
 */
export const ORGANISATION_SUFFIXES: readonly string[] = [
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '合伙企业',
  '分公司',
  '合作社',
  '事务所',
  '经营部',
  '集团',
  '公司',
  '中心',
  '商行',
  '厂',
  '场',
  '店',
];

/** An organisation name without a known legal-form ending. */
export const ORGANISATION_PLACEHOLDER = '某单位';
/** The character standing for each hidden character of a person's given name. */
export const NAME_MASK = '某';
/** An address is replaced whole (GD-PUB Art. 14: a person's 住址). */
export const ADDRESS_REPLACEMENT = '（地址已隐去）';
/** Numbers, codes and other particulars: one `*` per hidden character. */
export const NUMBER_MASK_CHAR = '*';
/** A checker's manual mask: one `■` per hidden character. */
export const MANUAL_MASK_CHAR = '■';

/** Province abbreviations opening a licence plate or a 不动产权证 number, plus 使 and 领 for plates. */
export const PROVINCE_ABBREVIATIONS = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
export const PLATE_PREFIXES = `${PROVINCE_ABBREVIATIONS}使领`;

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/**
 * An 18-character 居民身份证号码 as text may write it (a lower-case x too): the check of GB 11643 in
 * `cases/party.rules.ts`, with a birth year before 2100.
 */
export function isValidIdNumber18(s: string): boolean {
  return isValidResidentId(s.toUpperCase()) && Number(s.slice(6, 10)) <= 2099;
}

/** A 15-digit first-generation 身份证号码: 6 digits of region, a real YYMMDD birth date (19YY), 3 digits. */
export function isValidIdNumber15(s: string): boolean {
  if (!/^\d{15}$/.test(s)) return false;
  return isRealDate(1900 + Number(s.slice(6, 8)), Number(s.slice(8, 10)), Number(s.slice(10, 12)));
}

/** The Luhn (mod 10) check of a string of digits, as bank card numbers carry it. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** 统一社会信用代码 (GB 32100), checked as a party's code is (`cases/party.rules.ts`). */
export { isValidCreditCode };

// ---- replacements -----------------------------------------------------------------------------

/** 张三 → 张某, 张三丰 → 张某某, 欧阳小明 → 欧阳某某; a one-character name → 某. */
export function maskPersonName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return '';
  if (chars.length === 1) return NAME_MASK;
  const head = chars.slice(0, 2).join('');
  const surname = chars.length > 2 && COMPOUND_SURNAMES.includes(head) ? 2 : 1;
  return chars.slice(0, surname).join('') + NAME_MASK.repeat(chars.length - surname);
}

/** 清远市某某环保科技有限公司 → 某有限公司; a name without a known legal form → 某单位. */
export function maskOrganisationName(name: string): string {
  const trimmed = name.trim();
  const suffix = ORGANISATION_SUFFIXES.find((s) => trimmed.length > s.length && trimmed.endsWith(s));
  return suffix === undefined ? ORGANISATION_PLACEHOLDER : NAME_MASK + suffix;
}

function isPersonTerm(term: KnownTerm): boolean {
  return term.person === true || term.kind === 'person_name';
}

function isOrganisationTerm(term: KnownTerm): boolean {
  return !isPersonTerm(term) && (term.kind === 'party_name' || term.kind === 'organisation_name');
}

function replacementFor(kind: RedactionKind, text: string): string {
  return kind === 'address' ? ADDRESS_REPLACEMENT : NUMBER_MASK_CHAR.repeat(text.length);
}

// ---- patterns ---------------------------------------------------------------------------------

type Pattern = { kind: RedactionKind; re: RegExp; accept?: (hit: string) => boolean };

const B = '(?<![0-9A-Za-z])'; // not preceded by an ASCII letter or digit
const A = '(?![0-9A-Za-z])'; // not followed by one
const HAN = '\\u4e00-\\u9fff';
const CREDIT = '[0-9A-HJ-NP-RTUW-Y]';
const PLATE = '[A-Z0-9]';
/** A Han character that does not open or close another certificate number (so a match never spans two). */
const CERT_HAN = `(?:(?![证第号])[${HAN}])`;

/** In order of preference when two hits cover the same range; known terms come before all of them. */
const PATTERNS: readonly Pattern[] = [
  { kind: 'id_number', re: new RegExp(`${B}\\d{17}[\\dXx]${A}`, 'g'), accept: isValidIdNumber18 },
  { kind: 'id_number', re: new RegExp(`${B}\\d{15}${A}`, 'g'), accept: isValidIdNumber15 },
  {
    kind: 'credit_code',
    re: new RegExp(`${B}${CREDIT}{2}\\d{6}${CREDIT}{10}${A}`, 'g'),
    accept: isValidCreditCode,
  },
  {
    kind: 'bank_card',
    re: new RegExp(`${B}(?:\\d{4}(?: \\d{4}){3}(?: \\d{1,3})?|\\d{16,19})${A}`, 'g'),
    accept: (hit) => {
      const digits = hit.replaceAll(' ', '');
      return digits.length >= 16 && luhnValid(digits) && !isValidIdNumber18(digits);
    },
  },
  // mobile: 13812345678, +86 13812345678, 86-13812345678, 138 1234 5678, 138-1234-5678
  { kind: 'phone', re: new RegExp(`${B}(?:\\+?86[- ]?)?1[3-9]\\d(?:\\d{8}|([- ])\\d{4}\\1\\d{4})${A}`, 'g') },
  // landline: 0763-3456789, 0763 3456789, (0763)3456789, （020）12345678, with -123 or 转123
  {
    kind: 'phone',
    re: new RegExp(`${B}(?:0\\d{2,3}[- ]|[（(]0\\d{2,3}[）)] ?)\\d{7,8}(?:(?:-|转)\\d{1,5})?${A}`, 'g'),
  },
  {
    kind: 'email',
    re: new RegExp(
      `(?<![0-9A-Za-z._%+-])[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,}${A}`,
      'g',
    ),
  },
  // 粤A12345, 粤A·12345, 粤A 12345; new energy 粤AD12345, 粤A12345D; trailers and the like 粤A1234挂
  {
    kind: 'licence_plate',
    re: new RegExp(
      `[${PLATE_PREFIXES}][A-Z][· ]?(?:[DF]${PLATE}{5}|${PLATE}{5}[DF]|${PLATE}{5}|${PLATE}{4}[挂学警港澳使领])${A}`,
      'g',
    ),
    accept: (hit) => /\d/.test(hit),
  },
  // 粤（2019）清远市不动产权第0012345号, 不动产证明第…号
  {
    kind: 'property_certificate',
    re: new RegExp(
      `[${PROVINCE_ABBREVIATIONS}]?[（(]\\d{4}[）)]${CERT_HAN}{1,20}?不动产(?:权|证明)第 ?[0-9A-Za-z]+ ?号`,
      'g',
    ),
  },
  // 清房权证清城字第0123456号, 粤房地权证清字第…号, 清房产证字第…号
  {
    kind: 'property_certificate',
    re: new RegExp(`[${HAN}]?房地?[权产]?证${CERT_HAN}{0,8}?字第 ?[0-9A-Za-z-]+ ?号`, 'g'),
  },
  // 清土地证字第…号, 国有土地使用证第…号
  {
    kind: 'property_certificate',
    re: new RegExp(`[${HAN}]?土地(?:使用)?权?证(?:${CERT_HAN}|[（）()0-9]){0,12}?第 ?[0-9A-Za-z-]+ ?号`, 'g'),
  },
];

type Candidate = Span & { priority: number };

function knownCandidates(text: string, known: readonly KnownTerm[], options: RedactionOptions): Candidate[] {
  const out: Candidate[] = [];
  for (const term of known) {
    const needle = term.text.trim();
    if (needle.length < 2) continue;
    if (isOrganisationTerm(term) && options.showOrganisationName) continue;
    const replacement = isPersonTerm(term)
      ? maskPersonName(needle)
      : isOrganisationTerm(term)
        ? maskOrganisationName(needle)
        : replacementFor(term.kind, needle);
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      out.push({
        start: at,
        end: at + needle.length,
        kind: term.kind,
        replacement,
        source: 'auto',
        priority: 0,
      });
    }
  }
  return out;
}

function patternCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  PATTERNS.forEach((pattern, i) => {
    for (const m of text.matchAll(pattern.re)) {
      const hit = m[0];
      if (pattern.accept !== undefined && !pattern.accept(hit)) continue;
      const start = m.index;
      out.push({
        start,
        end: start + hit.length,
        kind: pattern.kind,
        replacement: replacementFor(pattern.kind, hit),
        source: 'auto',
        priority: i + 1,
      });
    }
  });
  return out;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

const byStart = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;

/**
 * The ranges to hide: every occurrence of each known term and every pattern hit, as non-overlapping
 * spans sorted by start. Of overlapping candidates the longer wins, then a known term over a pattern
 * (then the earlier pattern in `PATTERNS`, then the earlier start).
 */
export function findSpans(text: string, known: readonly KnownTerm[], options: RedactionOptions): Span[] {
  const candidates = [...knownCandidates(text, known, options), ...patternCandidates(text)].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start,
  );
  const chosen: Span[] = [];
  for (const c of candidates) {
    if (chosen.some((s) => overlaps(s, c))) continue;
    chosen.push({ start: c.start, end: c.end, kind: c.kind, replacement: c.replacement, source: c.source });
  }
  return chosen.sort(byStart);
}

/**
 * A checker's corrections, in the order given: `unmask` drops every span overlapping its range (a false
 * hit, or an earlier manual mask); `mask` hides its range with `■`, swallowing the spans it overlaps into
 * one manual span over their union. Marks outside the text, empty or not whole numbers are ignored.
 */
export function applyMarks(text: string, auto: readonly Span[], marks: readonly ManualMark[]): Span[] {
  let spans: Span[] = [...auto];
  for (const mark of marks) {
    const { start, end } = mark;
    if (!Number.isInteger(start) || !Number.isInteger(end)) continue;
    if (start < 0 || end > text.length || end <= start) continue;
    const hit = spans.filter((s) => overlaps(s, mark));
    spans = spans.filter((s) => !overlaps(s, mark));
    if (mark.action === 'unmask') continue;
    const from = Math.min(start, ...hit.map((s) => s.start));
    const to = Math.max(end, ...hit.map((s) => s.end));
    spans.push({
      start: from,
      end: to,
      kind: 'manual',
      replacement: MANUAL_MASK_CHAR.repeat(to - from),
      source: 'manual',
    });
  }
  return spans.sort(byStart);
}

/** The text with each span replaced; a span overlapping the one before it, or outside the text, is skipped. */
export function redact(text: string, spans: readonly Span[]): string {
  let out = '';
  let at = 0;
  for (const span of spans) {
    if (span.start < at || span.end > text.length || span.end <= span.start) continue;
    out += text.slice(at, span.start) + span.replacement;
    at = span.end;
  }
  return out + text.slice(at);
}
