import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  convertMillimetersToTwip,
} from 'docx';
import {
  CASE_KIND_LABELS,
  PARTY_TYPE_LABELS,
  type CaseKind,
  type PartyType,
} from '../../../shared/case-vocabulary.js';
import { chineseAmount, formatYuan } from '../../../shared/money.js';
import { chinaDate } from '../../platform/clock.js';
import {
  LIST_ITEM_LABELS,
  MONEY_ITEM_KEYS,
  PENALTY_LIST_KEYS,
  PENALTY_TYPE_LABELS,
  RECORD_TEMPLATES,
  fillNotice,
  isIsoDate,
  isPenaltyType,
  type FieldDef,
  type RecordTemplate,
  type RecordType,
} from './record-templates.js';

/**
 * Word (.docx) generation of text records (执法文书): an A4 document with the body's name and the
 * document title, the case and the party, the officers and their certificates (APL Art. 55), each
 * template field, the free text, the notices with their values filled in, the signature lines, the
 * seal for documents that carry it (APL Art. 59) and the record's version.
 */

export type DocumentContext = {
  /** The enforcement body, e.g. 清远市生态环境局. */
  bodyName: string;
  /** The text of the seal printed at the seal position (default the body's name). */
  sealText?: string;
  /** e.g. 清环罚〔2026〕12号. */
  caseNumber: string;
  caseTitle: string;
  caseKind: CaseKind;
  party: {
    type: PartyType;
    name: string;
    idNumber?: string;
    creditCode?: string;
    legalRepresentative?: string;
    address?: string;
    phone?: string;
  };
  officers: { name: string; certificateNo: string }[];
  record: {
    type: RecordType;
    title: string;
    content: string;
    fields: Record<string, unknown>;
    version: number;
    /** ISO 8601. */
    createdAt: string;
    /** The name of the person who made this version (制作人), never an account id. */
    author: string;
    documentNumber?: string;
  };
  /** Values for notice placeholders. */
  parameters: { statementDays: number; [k: string]: number | string };
};

// ---- typography ---------------------------------------------------------------------------------

const SONG = { ascii: 'SimSun', hAnsi: 'SimSun', eastAsia: 'SimSun', cs: 'SimSun' };
const HEI = { ascii: 'SimHei', hAnsi: 'SimHei', eastAsia: 'SimHei', cs: 'SimHei' };
/** Half-points: 二号 22pt, 三号 16pt, 四号 14pt, 小四 12pt, 五号 10.5pt. */
const SIZE = { title: 44, heading: 32, subheading: 28, body: 24, small: 21 } as const;
const BLANK = '/';
/** Two ideographic spaces (U+3000). */
const GAP = '\u3000\u3000';

type RunStyle = { font?: typeof SONG; size?: number; bold?: boolean };

/** Drops characters that XML 1.0 cannot carry (they would make the file unreadable to Word). */
function clean(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
  );
}

function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text: clean(text),
    font: style.font ?? SONG,
    size: style.size ?? SIZE.body,
    bold: style.bold ?? false,
  });
}

type ParagraphOptions = {
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  before?: number;
  after?: number;
  indentFirstLine?: boolean;
};

function para(runs: TextRun[], options: ParagraphOptions = {}): Paragraph {
  return new Paragraph({
    children: runs,
    alignment: options.align ?? AlignmentType.LEFT,
    spacing: { before: options.before ?? 0, after: options.after ?? 60, line: 360 },
    ...(options.indentFirstLine === true ? { indent: { firstLine: SIZE.body * 20 } } : {}),
  });
}

function text(value: string, style: RunStyle = {}, options: ParagraphOptions = {}): Paragraph {
  return para([run(value, style)], options);
}

function heading(value: string): Paragraph {
  return text(value, { font: HEI, size: SIZE.subheading }, { before: 200, after: 100 });
}

/** Splits on newlines into paragraphs, dropping blank lines. */
function lines(value: string): string[] {
  return value
    .split(/\r\n|\r|\n/)
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== '');
}

function cell(content: Paragraph[], widthPercent: number): TableCell {
  return new TableCell({
    children: content.length > 0 ? content : [text('')],
    width: { size: widthPercent, type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
  });
}

/** A two-column form: label | value lines. */
function formTable(rows: [string, string[]][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      ([label, values]) =>
        new TableRow({
          children: [
            cell([text(label, { font: HEI })], 28),
            cell(
              (values.length > 0 ? values : [BLANK]).map((v) => text(v)),
              72,
            ),
          ],
        }),
    ),
  });
}

// ---- value formatting ---------------------------------------------------------------------------

/** 2026-10-15 → 2026年10月15日; anything else is returned as it is. */
export function formatChineseDate(value: string): string {
  if (!isIsoDate(value)) return value;
  const [y, m, d] = value.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * An ISO date-time → 2026年10月15日 9时30分, in China time (UTC+8) when it carries an offset, as
 * written when it does not; anything unparseable is returned as it is.
 */
export function formatChineseDateTime(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    value,
  );
  if (m === null) return isIsoDate(value) ? formatChineseDate(value) : value;
  if (m[6] === undefined) {
    return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日 ${Number(m[4])}时${m[5] ?? '00'}分`;
  }
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return value;
  const china = new Date(instant.getTime() + 8 * 3600_000);
  const minutes = String(china.getUTCMinutes()).padStart(2, '0');
  return (
    `${china.getUTCFullYear()}年${china.getUTCMonth() + 1}月${china.getUTCDate()}日 ` +
    `${china.getUTCHours()}时${minutes}分`
  );
}

/**
 * Money a document states, in figures and in capitals (the shared formatters):
 * 300000 → 300,000.00 元（大写：叁拾万元整）; figures alone beyond what capitals can write.
 */
export function formatMoney(value: number): string {
  return Math.abs(value) < 1e12 ? `${formatYuan(value)}（大写：${chineseAmount(value)}）` : formatYuan(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0) ||
    (isPlainObject(value) && Object.keys(value).length === 0)
  );
}

/** Any value, printed without knowing its kind. */
function looseText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value))
    return value
      .map(looseText)
      .filter((v) => v !== '')
      .join('、');
  if (isPlainObject(value)) return objectLine(value);
  return '';
}

/** 罚款 300,000.00 元（大写：叁拾万元整） */
export function formatPenalty(item: unknown): string {
  if (!isPlainObject(item)) return looseText(item);
  const type = item['type'];
  const label = isPenaltyType(type) ? PENALTY_TYPE_LABELS[type] : looseText(type);
  const amount = item['amount'];
  const money = typeof amount === 'number' && Number.isFinite(amount) ? ` ${formatMoney(amount)}` : '';
  const rest = Object.entries(item)
    .filter(([k, v]) => k !== 'type' && k !== 'amount' && !isEmpty(v))
    .map(([k, v]) => labelled(k, v))
    .filter((v) => v !== '');
  return [`${label}${money}`, ...rest].join('；');
}

function labelled(key: string, value: unknown): string {
  const shown =
    MONEY_ITEM_KEYS.includes(key) && typeof value === 'number' && Number.isFinite(value)
      ? formatYuan(value)
      : typeof value === 'string' && isIsoDate(value)
        ? formatChineseDate(value)
        : looseText(value);
  if (shown === '') return '';
  const label = LIST_ITEM_LABELS[key];
  return label === undefined ? shown : `${label}：${shown}`;
}

function objectLine(item: Record<string, unknown>): string {
  return Object.entries(item)
    .filter(([, v]) => !isEmpty(v))
    .map(([k, v]) => labelled(k, v))
    .filter((v) => v !== '')
    .join('；');
}

function listLines(def: FieldDef, value: unknown[]): string[] {
  const penalties = PENALTY_LIST_KEYS.includes(def.key);
  const items: string[][] = value
    .filter((item) => !isEmpty(item))
    .map((item) => {
      if (penalties) return [formatPenalty(item)];
      if (isPlainObject(item) && ('question' in item || 'answer' in item)) {
        return [`问：${looseText(item['question'])}`, `答：${looseText(item['answer'])}`];
      }
      return isPlainObject(item) ? [objectLine(item)] : lines(looseText(item));
    })
    .filter((l) => l.length > 0);
  if (items.length <= 1) return items[0] ?? [];
  return items.flatMap((l, i) => [`${i + 1}. ${l[0] ?? ''}`, ...l.slice(1)]);
}

/** A field's value as printed lines (empty when there is nothing to print). */
export function formatFieldValue(def: FieldDef, value: unknown): string[] {
  if (isEmpty(value)) return [];
  if (def.options && typeof value === 'string') {
    return [def.options.find((o) => o.value === value)?.label ?? value];
  }
  switch (def.kind) {
    case 'text':
    case 'longtext':
      return typeof value === 'string' ? lines(value) : lines(looseText(value));
    case 'date':
      return [typeof value === 'string' ? formatChineseDate(value) : looseText(value)];
    case 'datetime':
      return [typeof value === 'string' ? formatChineseDateTime(value) : looseText(value)];
    case 'money':
      return [typeof value === 'number' && Number.isFinite(value) ? formatMoney(value) : looseText(value)];
    case 'number':
    case 'boolean':
      return [looseText(value)];
    case 'list':
      return Array.isArray(value) ? listLines(def, value) : lines(looseText(value));
  }
}

// ---- blocks -------------------------------------------------------------------------------------

function partyRows(party: DocumentContext['party'] | undefined): [string, string[]][] {
  const v = (value: string | undefined): string[] => (value === undefined ? [] : lines(value));
  if (party === undefined) return [['当事人', []]];
  switch (party.type) {
    case 'person':
      return [
        ['当事人', v(party.name)],
        ['当事人类型', [PARTY_TYPE_LABELS.person]],
        ['身份证号码', v(party.idNumber)],
        ['住址', v(party.address)],
        ['联系电话', v(party.phone)],
      ];
    case 'organization':
      return [
        ['当事人', v(party.name)],
        ['当事人类型', [PARTY_TYPE_LABELS.organization]],
        ['统一社会信用代码', v(party.creditCode)],
        ['法定代表人（负责人）', v(party.legalRepresentative)],
        ['地址', v(party.address)],
        ['联系电话', v(party.phone)],
      ];
    case 'individual_business':
      return [
        ['当事人', v(party.name)],
        ['当事人类型', [PARTY_TYPE_LABELS.individual_business]],
        ['统一社会信用代码', v(party.creditCode)],
        ['经营者', v(party.legalRepresentative)],
        ['经营者身份证号码', v(party.idNumber)],
        ['经营场所', v(party.address)],
        ['联系电话', v(party.phone)],
      ];
  }
  // a party type this version does not know: print what is there
  return [
    ['当事人', v(party.name)],
    ['地址', v(party.address)],
  ];
}

/** The date printed under the seal: the decision/issue date when the record has one, else the day it was made. */
function documentDate(ctx: DocumentContext): string {
  for (const key of ['decidedOn', 'issuedOn', 'declaredOn', 'reportedOn', 'reviewedOn', 'notedOn']) {
    const value = ctx.record.fields[key];
    if (isIsoDate(value)) return formatChineseDate(value);
  }
  const decidedAt = ctx.record.fields['decidedAt'];
  if (typeof decidedAt === 'string' && decidedAt !== '')
    return formatChineseDateTime(decidedAt).split(' ')[0] ?? '';
  const created = new Date(ctx.record.createdAt);
  return Number.isNaN(created.getTime()) ? `${GAP}年${GAP}月${GAP}日` : formatChineseDate(chinaDate(created));
}

function fallbackTemplate(ctx: DocumentContext): RecordTemplate {
  return {
    type: ctx.record.type,
    title: ctx.record.title,
    stage: 'investigation',
    supplementary: false,
    fields: [],
    notices: [],
    signatures: [],
    sealed: false,
  };
}

// ---- the document -------------------------------------------------------------------------------

function buildDocument(ctx: DocumentContext): Document {
  const template = (RECORD_TEMPLATES[ctx.record.type] as RecordTemplate | undefined) ?? fallbackTemplate(ctx);
  const fields = isPlainObject(ctx.record.fields) ? ctx.record.fields : {};
  const children: (Paragraph | Table)[] = [];
  const title = template.title.trim() !== '' ? template.title : '执法文书';

  // header: the body and the document title, centred
  children.push(
    text(ctx.bodyName, { font: HEI, size: SIZE.title }, { align: AlignmentType.CENTER, after: 80 }),
  );
  children.push(
    text(title, { font: HEI, size: SIZE.title, bold: true }, { align: AlignmentType.CENTER, after: 120 }),
  );
  const recordTitle = (ctx.record.title ?? '').trim();
  if (recordTitle !== '' && recordTitle !== title) {
    children.push(
      text(`（${recordTitle}）`, { size: SIZE.subheading }, { align: AlignmentType.CENTER, after: 120 }),
    );
  }
  const documentNumber = (ctx.record.documentNumber ?? '').trim();
  if (documentNumber !== '') {
    children.push(text(documentNumber, {}, { align: AlignmentType.RIGHT, after: 120 }));
  }

  // the case
  children.push(
    formTable([
      ['案件编号', lines(ctx.caseNumber ?? '')],
      ['案件名称', lines(ctx.caseTitle ?? '')],
      ['案件类别', [(CASE_KIND_LABELS as Record<string, string | undefined>)[ctx.caseKind] ?? '']],
    ]),
  );

  // the party
  children.push(heading('当事人基本情况'));
  children.push(formTable(partyRows(ctx.party)));

  // the officers and their certificates (APL Art. 42, 55)
  children.push(heading('执法人员'));
  const officers = (ctx.officers ?? []).map((o) => `${o.name}（执法证号：${o.certificateNo || BLANK}）`);
  children.push(text(officers.length > 0 ? officers.join('、') : BLANK));

  // the template's fields
  if (template.fields.length > 0) {
    children.push(heading('文书内容'));
    children.push(
      formTable(template.fields.map((def) => [def.label, formatFieldValue(def, fields[def.key])])),
    );
  }

  // free text
  const content = lines(ctx.record.content ?? '');
  if (content.length > 0) {
    children.push(heading('正文'));
    for (const line of content) children.push(text(line, {}, { indentFirstLine: true }));
  }

  // notices, with their values filled in
  if (template.notices.length > 0) {
    children.push(heading('告知事项'));
    template.notices.forEach((notice, i) => {
      children.push(
        text(`${i + 1}. ${fillNotice(notice, ctx.parameters ?? {})}`, {}, { indentFirstLine: true }),
      );
    });
  }

  // signatures, each with a date
  if (template.signatures.length > 0) {
    children.push(heading('签名'));
    for (const who of template.signatures) {
      children.push(
        text(
          `${who}（签名）：＿＿＿＿＿＿＿＿${GAP}日期：${GAP}${GAP}年${GAP}月${GAP}日`,
          {},
          { before: 120 },
        ),
      );
    }
  }

  // the seal (APL Art. 59 para 2: a decision carries the body's seal)
  if (template.sealed) {
    children.push(text(ctx.sealText || ctx.bodyName, {}, { align: AlignmentType.RIGHT, before: 480 }));
    children.push(text('（印章）', {}, { align: AlignmentType.RIGHT }));
    children.push(text(documentDate(ctx), {}, { align: AlignmentType.RIGHT }));
  }

  // version and authorship
  const version = Number.isInteger(ctx.record.version) && ctx.record.version > 0 ? ctx.record.version : 1;
  const created = ctx.record.createdAt ? formatChineseDateTime(ctx.record.createdAt) : BLANK;
  children.push(
    text(
      `版本：第${version}版${GAP}制作人：${ctx.record.author || BLANK}${GAP}制作时间：${created}`,
      { size: SIZE.small },
      { before: 360 },
    ),
  );

  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'],
            font: SONG,
            size: SIZE.small,
          }),
        ],
      }),
    ],
  });

  return new Document({
    creator: clean(ctx.bodyName),
    title: clean(`${title} ${ctx.caseNumber ?? ''}`.trim()),
    styles: {
      default: {
        document: { run: { font: SONG, size: SIZE.body, language: { value: 'zh-CN', eastAsia: 'zh-CN' } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            // A4, margins after GB/T 9704 (党政机关公文格式)
            size: { width: 11906, height: 16838 },
            margin: {
              top: convertMillimetersToTwip(37),
              bottom: convertMillimetersToTwip(35),
              left: convertMillimetersToTwip(28),
              right: convertMillimetersToTwip(26),
            },
          },
        },
        footers: { default: footer },
        children,
      },
    ],
  });
}

/** Renders a text record as a Word document. Missing optional data prints as "/", never throws. */
export async function renderRecordDocx(ctx: DocumentContext): Promise<Buffer> {
  return Packer.toBuffer(buildDocument(ctx));
}
