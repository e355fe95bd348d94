import { describe, expect, it } from 'vitest';
import {
  COMPOUND_SURNAMES,
  ORGANISATION_SUFFIXES,
  applyMarks,
  findSpans,
  isValidCreditCode,
  isValidIdNumber15,
  isValidIdNumber18,
  luhnValid,
  maskPersonName,
  redact,
  type KnownTerm,
  type Span,
} from '../src/server/modules/publicity/redaction.rules.js';

const HIDE = { showOrganisationName: false };
const SHOW = { showOrganisationName: true };

/** The check character of an 18-digit ID, computed here independently (GB 11643, ISO 7064 MOD 11-2). */
function idCheck(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, d, i) => acc + Number(d) * (weights[i] ?? 0), 0);
  return '10X98765432'.charAt(sum % 11);
}

/** Appends the Luhn check digit. */
function withLuhn(base: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(base + String(d))) return base + String(d);
  throw new Error('unreachable');
}

/** Appends the GB 32100 check character, computed here independently. */
function withCreditCheck(first17: string): string {
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = [...first17].reduce((acc, c, i) => acc + chars.indexOf(c) * (weights[i] ?? 0), 0);
  return first17 + chars.charAt((31 - (sum % 31)) % 31);
}

const ID17 = '44180219900307123';
const ID = ID17 + idCheck(ID17);
/** The same 17 digits with a sequence whose check character is X. */
const ID_X = (() => {
  for (let seq = 0; seq < 1000; seq++) {
    const first17 = '44180219851231' + String(seq).padStart(3, '0');
    if (idCheck(first17) === 'X') return first17 + 'X';
  }
  throw new Error('unreachable');
})();

/** [matched text, kind] of each span. */
function hits(text: string, known: readonly KnownTerm[] = [], options = HIDE): [string, string][] {
  return findSpans(text, known, options).map((s) => [text.slice(s.start, s.end), s.kind]);
}

describe('checksums', () => {
  it('accepts an 18-digit ID with its computed check digit and rejects every other check digit', () => {
    expect(isValidIdNumber18(ID)).toBe(true);
    for (const c of '0123456789X') if (c !== ID.charAt(17)) expect(isValidIdNumber18(ID17 + c)).toBe(false);
  });

  it('accepts an X check digit, upper or lower case', () => {
    expect(ID_X.endsWith('X')).toBe(true);
    expect(isValidIdNumber18(ID_X)).toBe(true);
    expect(isValidIdNumber18(ID_X.toLowerCase())).toBe(true);
  });

  it('requires a real birth date in an 18-digit ID (1900..2099)', () => {
    for (const date of ['19900230', '19901301', '18991231', '21000101']) {
      const first17 = `441802${date}123`;
      expect(isValidIdNumber18(first17 + idCheck(first17))).toBe(false);
    }
    const leap = '44180220000229123';
    expect(isValidIdNumber18(leap + idCheck(leap))).toBe(true);
  });

  it('checks a 15-digit old ID by its YYMMDD date', () => {
    expect(isValidIdNumber15('441802900307123')).toBe(true);
    expect(isValidIdNumber15('441802901307123')).toBe(false);
    expect(isValidIdNumber15('441802900230123')).toBe(false);
    expect(isValidIdNumber15('44180290030712')).toBe(false);
  });

  it('computes Luhn', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(luhnValid('4111 1111 1111 1111')).toBe(false); // digits only
    expect(luhnValid('')).toBe(false);
  });

  it('checks a unified social credit code', () => {
    // the check character of GB 32100 and, inside it, the organisation code's own (GB 11714)
    expect(isValidCreditCode('91441802MA4W12346K')).toBe(true);
    expect(isValidCreditCode(withCreditCheck('91441802MA4UXXXX0'))).toBe(false);
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    expect(isValidCreditCode('91350100M000100I43')).toBe(false); // I is not in the alphabet
  });
});

describe('person and organisation names', () => {
  it('keeps the surname and masks each given-name character', () => {
    expect(maskPersonName('张三')).toBe('张某');
    expect(maskPersonName('张三丰')).toBe('张某某');
    expect(maskPersonName(' 李四 ')).toBe('李某');
    expect(maskPersonName('张')).toBe('某');
  });

  it('keeps a compound surname whole', () => {
    expect(COMPOUND_SURNAMES).toContain('欧阳');
    expect(maskPersonName('欧阳锋')).toBe('欧阳某');
    expect(maskPersonName('司马相如')).toBe('司马某某');
    expect(maskPersonName('诸葛亮')).toBe('诸葛某');
    // a two-character name starting like a compound surname is surname + given name
    expect(maskPersonName('欧阳')).toBe('欧某');
  });

  it('masks an organisation name to 某 + its legal form, longest suffix first', () => {
    expect(ORGANISATION_SUFFIXES.indexOf('股份有限公司')).toBeLessThan(ORGANISATION_SUFFIXES.indexOf('公司'));
    const cases: [string, string][] = [
      ['清远市绿源环保科技有限公司', '某有限公司'],
      ['广东某某化工股份有限公司', '某股份有限公司'],
      ['清远某某建材有限责任公司', '某有限责任公司'],
      ['清远市某某有限公司清城分公司', '某分公司'],
      ['清城区绿水养殖场', '某场'],
      ['清新区鸿运五金店', '某店'],
      ['清远市某某检测中心', '某中心'],
      ['清远市环保协会', '某单位'],
    ];
    for (const [name, masked] of cases) {
      const text = `当事人：${name}。`;
      expect(redact(text, findSpans(text, [{ text: name, kind: 'party_name' }], HIDE))).toBe(
        `当事人：${masked}。`,
      );
    }
  });

  it('shows an organisation name when asked, but still masks a person', () => {
    const known: KnownTerm[] = [
      { text: '清远市绿源环保科技有限公司', kind: 'party_name', person: false },
      { text: '清远市某检测中心', kind: 'organisation_name' },
      { text: '张三丰', kind: 'person_name', person: true },
      { text: '李四', kind: 'party_name', person: true },
    ];
    const text = '当事人清远市绿源环保科技有限公司，法定代表人张三丰；委托清远市某检测中心监测；证人李四。';
    expect(redact(text, findSpans(text, known, SHOW))).toBe(
      '当事人清远市绿源环保科技有限公司，法定代表人张某某；委托清远市某检测中心监测；证人李某。',
    );
    expect(redact(text, findSpans(text, known, HIDE))).toBe(
      '当事人某有限公司，法定代表人张某某；委托某中心监测；证人李某。',
    );
  });

  it('finds every occurrence of a known term, trimmed, and ignores blank and one-character terms', () => {
    const text = '张三丰称，张三丰于当日在场。张某签字。';
    const spans = findSpans(
      text,
      [
        { text: '  张三丰 ', kind: 'person_name', person: true },
        { text: '张', kind: 'person_name', person: true },
        { text: '   ', kind: 'address' },
      ],
      HIDE,
    );
    expect(spans.map((s) => [s.start, s.end, s.replacement, s.source])).toEqual([
      [0, 3, '张某某', 'auto'],
      [5, 8, '张某某', 'auto'],
    ]);
    expect(redact(text, spans)).toBe('张某某称，张某某于当日在场。张某签字。');
  });

  it('replaces other known kinds: an address whole, numbers by as many *', () => {
    const known: KnownTerm[] = [
      { text: '清远市清城区某路1号', kind: 'address' },
      { text: 'QY-12345', kind: 'bank_card' },
    ];
    const text = '住所：清远市清城区某路1号，账号QY-12345。';
    expect(redact(text, findSpans(text, known, HIDE))).toBe('住所：（地址已隐去），账号********。');
  });
});

describe('patterns: positive', () => {
  const positives: [string, string, string][] = [
    // [text, the hit, kind]
    ['13812345678', '13812345678', 'phone'],
    ['联系电话13812345678。', '13812345678', 'phone'],
    ['电话：+8613812345678', '+8613812345678', 'phone'],
    ['电话：+86-13812345678，', '+86-13812345678', 'phone'],
    ['电话86 13912345678', '86 13912345678', 'phone'],
    ['手机138 1234 5678。', '138 1234 5678', 'phone'],
    ['手机198-1234-5678。', '198-1234-5678', 'phone'],
    ['0763-3456789', '0763-3456789', 'phone'],
    ['座机0763 3456789，', '0763 3456789', 'phone'],
    ['电话（0763）3456789。', '（0763）3456789', 'phone'],
    ['电话(020)83456789转123。', '(020)83456789转123', 'phone'],
    ['电话020-83456789-12。', '020-83456789-12', 'phone'],
    [ID, ID, 'id_number'],
    [`身份证号码：${ID}，`, ID, 'id_number'],
    [`身份证号码${ID_X}。`, ID_X, 'id_number'],
    ['身份证号码441802900307123。', '441802900307123', 'id_number'],
    ['4111111111111111', '4111111111111111', 'bank_card'],
    ['开户账号4111111111111111。', '4111111111111111', 'bank_card'],
    [`账号${withLuhn('622202123456789012')}。`, withLuhn('622202123456789012'), 'bank_card'],
    ['zhangsan@example.com', 'zhangsan@example.com', 'email'],
    ['电子邮箱：zhang.san-1@mail.qq.com。', 'zhang.san-1@mail.qq.com', 'email'],
    ['粤R12345', '粤R12345', 'licence_plate'],
    ['车牌号为粤R·12345的货车', '粤R·12345', 'licence_plate'],
    ['车辆京A 1B2C3。', '京A 1B2C3', 'licence_plate'],
    ['新能源车粤AD12345。', '粤AD12345', 'licence_plate'],
    ['新能源货车粤A12345F。', '粤A12345F', 'licence_plate'],
    ['挂车粤R1234挂。', '粤R1234挂', 'licence_plate'],
    ['粤（2019）清远市不动产权第0012345号', '粤（2019）清远市不动产权第0012345号', 'property_certificate'],
    [
      '证号：粤(2019)清远市不动产权第0012345号。',
      '粤(2019)清远市不动产权第0012345号',
      'property_certificate',
    ],
    ['房产证号为清房权证清城字第0123456号。', '清房权证清城字第0123456号', 'property_certificate'],
    ['持有清房产证字第012345号。', '清房产证字第012345号', 'property_certificate'],
    ['土地证为清土地证字第12345号。', '清土地证字第12345号', 'property_certificate'],
    ['91350100M000100Y43', '91350100M000100Y43', 'credit_code'],
    ['统一社会信用代码：91350100M000100Y43。', '91350100M000100Y43', 'credit_code'],
  ];
  it.each(positives)('%s → %s', (text, hit, kind) => {
    expect(hits(text)).toEqual([[hit, kind]]);
  });

  it('replaces a pattern hit with as many * as it has characters', () => {
    expect(redact('联系电话13812345678。', findSpans('联系电话13812345678。', [], HIDE))).toBe(
      '联系电话***********。',
    );
  });

  it('finds a bank card in groups of four', () => {
    const card = withLuhn('622202123456789');
    const grouped = card.replace(/(\d{4})(?=\d)/g, '$1 ');
    expect(grouped).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
    expect(hits(`账号：${grouped}。`)).toEqual([[grouped, 'bank_card']]);
    const card19 = withLuhn('622202123456789012');
    const grouped19 = card19.replace(/(\d{4})(?=\d)/g, '$1 ');
    expect(hits(`账号${grouped19}`)).toEqual([[grouped19, 'bank_card']]);
  });

  it('takes an 18-digit valid ID as an ID even when it also passes Luhn', () => {
    for (let seq = 0; seq < 1000; seq++) {
      const first17 = '44180219900307' + String(seq).padStart(3, '0');
      const id = first17 + idCheck(first17);
      if (!luhnValid(id)) continue;
      expect(hits(id)).toEqual([[id, 'id_number']]);
      return;
    }
    throw new Error('no Luhn-valid ID found');
  });

  it('finds several kinds in one sentence, sorted', () => {
    const text = `张某（身份证号码${ID}，电话13812345678，邮箱a@b.cn）驾驶粤R12345。`;
    expect(hits(text).map(([, kind]) => kind)).toEqual(['id_number', 'phone', 'email', 'licence_plate']);
  });
});

describe('patterns: no false hits', () => {
  const negatives = [
    '清环罚〔2026〕12号',
    '清环立〔2026〕3号',
    '2026-10-09',
    '2026年10月9日',
    '20261009',
    '300000元',
    '300,000.00 元',
    '1234567.89',
    '第六十二条',
    '第62条',
    '《中华人民共和国大气污染防治法》第一百零八条',
    '（2026）粤1802行初123号',
    '案件编号：QYHJ-2026-0012',
    '5110000',
    '邮编511500',
    '12345678901',
    '10012345678',
    '4111111111111112',
    'ABC13812345678',
    '138123456789',
    '粤A·1234',
    '粤ABCDEF',
    '清远市不动产登记中心',
  ];
  it.each(negatives)('%s', (text) => {
    expect(findSpans(text, [], HIDE)).toEqual([]);
    expect(findSpans(`经查，${text}。`, [], HIDE)).toEqual([]);
  });

  it('does not take an 18-digit number with a wrong ID check digit as an ID; a bank card only if Luhn passes', () => {
    const wrong = [...'0123456789']
      .filter((c) => c !== ID.charAt(17))
      .map((c) => ID17 + c)
      .filter((n) => !isValidCreditCode(n));
    const failing = wrong.find((n) => !luhnValid(n));
    const passing = wrong.find((n) => luhnValid(n));
    expect(failing).toBeDefined();
    expect(passing).toBeDefined();
    expect(hits(`编号${failing ?? ''}。`)).toEqual([]);
    expect(hits(`编号${passing ?? ''}。`)).toEqual([[passing, 'bank_card']]);
  });

  it('does not take a 15-digit number without a real date as an old ID', () => {
    expect(hits('441802901307123')).toEqual([]);
  });
});

describe('overlapping candidates', () => {
  it('keeps one span when a known phone equals a pattern hit (the known term wins)', () => {
    const text = '联系电话13812345678。';
    const spans = findSpans(text, [{ text: '13812345678', kind: 'phone' }], HIDE);
    expect(spans).toEqual([{ start: 4, end: 15, kind: 'phone', replacement: '***********', source: 'auto' }]);
  });

  it('prefers the longer candidate', () => {
    const text = '住所：清远市清城区某路1号，张三丰之家。';
    const known: KnownTerm[] = [
      { text: '张三', kind: 'person_name', person: true },
      { text: '张三丰', kind: 'person_name', person: true },
      { text: '清城区', kind: 'organisation_name' },
      { text: '清远市清城区某路1号', kind: 'address' },
    ];
    expect(redact(text, findSpans(text, known, HIDE))).toBe('住所：（地址已隐去），张某某之家。');
  });

  it('keeps a landline with its extension as one span', () => {
    expect(hits('电话0763-3456789-123')).toEqual([['0763-3456789-123', 'phone']]);
  });
});

describe('applyMarks', () => {
  const text = '电话13812345678，编号清环罚〔2026〕12号，张三丰。';
  const auto = findSpans(text, [{ text: '张三丰', kind: 'person_name', person: true }], HIDE);
  const phone = { start: 2, end: 13 };

  it('starts from the automatic spans', () => {
    expect(auto.map((s) => [text.slice(s.start, s.end), s.kind])).toEqual([
      ['13812345678', 'phone'],
      ['张三丰', 'person_name'],
    ]);
    expect(applyMarks(text, auto, [])).toEqual(auto);
  });

  it('unmask drops every span overlapping its range (a false hit)', () => {
    const spans = applyMarks(text, auto, [{ start: 5, end: 6, action: 'unmask' }]);
    expect(spans.map((s) => s.kind)).toEqual(['person_name']);
    expect(redact(text, spans)).toBe('电话13812345678，编号清环罚〔2026〕12号，张某某。');
  });

  it('mask adds a manual span of ■', () => {
    const at = text.indexOf('12号');
    const spans = applyMarks(text, auto, [{ start: at, end: at + 2, action: 'mask' }]);
    expect(spans).toHaveLength(3);
    expect(spans[1]).toEqual({ start: at, end: at + 2, kind: 'manual', replacement: '■■', source: 'manual' });
    expect(redact(text, spans)).toBe('电话***********，编号清环罚〔2026〕■■号，张某某。');
  });

  it('a mask overlapping automatic spans replaces them by their union', () => {
    const spans = applyMarks(text, auto, [{ start: 0, end: 4, action: 'mask' }]);
    expect(spans[0]).toEqual({
      start: 0,
      end: phone.end,
      kind: 'manual',
      replacement: '■'.repeat(phone.end),
      source: 'manual',
    });
    expect(spans).toHaveLength(2);
    expect(redact(text, spans)).toBe('■■■■■■■■■■■■■，编号清环罚〔2026〕12号，张某某。');
    // one mask across two spans swallows both
    const both = applyMarks(text, auto, [{ start: 10, end: text.indexOf('张') + 1, action: 'mask' }]);
    expect(both).toHaveLength(1);
    expect(both[0]).toMatchObject({ start: phone.start, end: text.indexOf('丰') + 1, kind: 'manual' });
  });

  it('applies marks in order: a later unmask removes an earlier manual mask', () => {
    const at = text.indexOf('12号');
    const masked = { start: at, end: at + 2, action: 'mask' } as const;
    expect(applyMarks(text, auto, [masked, { ...masked, action: 'unmask' }])).toEqual(auto);
    expect(applyMarks(text, auto, [{ ...masked, action: 'unmask' }, masked])).toHaveLength(3);
  });

  it('ignores marks outside the text, empty or reversed', () => {
    const spans = applyMarks(text, auto, [
      { start: -1, end: 3, action: 'mask' },
      { start: 0, end: text.length + 1, action: 'unmask' },
      { start: 4, end: 4, action: 'mask' },
      { start: 6, end: 3, action: 'unmask' },
      { start: 0.5, end: 3, action: 'mask' },
    ]);
    expect(spans).toEqual(auto);
  });
});

describe('redact', () => {
  it('skips a span that starts before the previous one ends, and spans outside the text', () => {
    const spans: Span[] = [
      { start: 0, end: 2, kind: 'manual', replacement: 'XX', source: 'manual' },
      { start: 1, end: 3, kind: 'manual', replacement: 'YY', source: 'manual' },
      { start: 4, end: 99, kind: 'manual', replacement: 'ZZ', source: 'manual' },
    ];
    expect(redact('abcdef', spans)).toBe('XXcdef');
    expect(redact('abcdef', [])).toBe('abcdef');
  });

  it('redacts a penalty decision paragraph', () => {
    const company = '清远市绿源环保科技有限公司';
    const text =
      `清远市生态环境局行政处罚决定书\n清环罚〔2026〕12号\n` +
      `当事人：${company}\n法定代表人：张三丰\n住所：清远市清城区某路1号\n联系电话：13812345678\n` +
      `经查，${company}于2026年3月5日超标排放大气污染物，违反了《中华人民共和国大气污染防治法》第十八条的规定。` +
      `依据该法第九十九条第二项，我局决定对${company}罚款300000元（叁拾万元整）。`;
    const known: KnownTerm[] = [
      { text: company, kind: 'party_name', person: false },
      { text: '张三丰', kind: 'person_name', person: true },
      { text: '清远市清城区某路1号', kind: 'address' },
    ];
    expect(redact(text, findSpans(text, known, HIDE))).toBe(
      `清远市生态环境局行政处罚决定书\n清环罚〔2026〕12号\n` +
        `当事人：某有限公司\n法定代表人：张某某\n住所：（地址已隐去）\n联系电话：***********\n` +
        `经查，某有限公司于2026年3月5日超标排放大气污染物，违反了《中华人民共和国大气污染防治法》第十八条的规定。` +
        `依据该法第九十九条第二项，我局决定对某有限公司罚款300000元（叁拾万元整）。`,
    );
    expect(redact(text, findSpans(text, known, SHOW))).toBe(
      `清远市生态环境局行政处罚决定书\n清环罚〔2026〕12号\n` +
        `当事人：${company}\n法定代表人：张某某\n住所：（地址已隐去）\n联系电话：***********\n` +
        `经查，${company}于2026年3月5日超标排放大气污染物，违反了《中华人民共和国大气污染防治法》第十八条的规定。` +
        `依据该法第九十九条第二项，我局决定对${company}罚款300000元（叁拾万元整）。`,
    );
  });
});
