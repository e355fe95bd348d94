import { describe, expect, it } from 'vitest';
import {
  addYears,
  decisionPeriod,
  formatCaseNumber,
  limitationExpired,
  limitationLastDay,
  storageDueAt,
} from '../src/server/modules/cases/case.rules.js';
import {
  isValidCreditCode,
  isValidResidentId,
  partyProblems,
} from '../src/server/modules/cases/party.rules.js';
import { creditCodeProblem, residentIdProblem } from '../src/shared/party-identity.js';
import { CREDIT_CODE, CREDIT_CODE_2, PERSON_ID, PERSON_ID_2 } from './support/factories.js';

describe('identity checksums', () => {
  it('accepts valid resident ID numbers and refuses a wrong check digit or birth date', () => {
    expect(isValidResidentId(PERSON_ID)).toBe(true);
    expect(isValidResidentId(PERSON_ID_2)).toBe(true); // born 29 February 2000
    expect(isValidResidentId('441802199003071236')).toBe(false); // check digit
    expect(isValidResidentId('441802199002301234')).toBe(false); // 30 February
    expect(isValidResidentId('11010519491231002X')).toBe(true); // the standard's example, check X
    expect(isValidResidentId('11010519491231002x')).toBe(false); // lower-case x (the API upper-cases input)
    expect(isValidResidentId('4418021990030712')).toBe(false);
  });

  it('accepts valid unified social credit codes and refuses wrong checks', () => {
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true); // GB 32100-2015 example
    expect(isValidCreditCode(CREDIT_CODE)).toBe(true);
    expect(isValidCreditCode(CREDIT_CODE_2)).toBe(true);
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false); // code check
    expect(isValidCreditCode('91350100M000100X4Y')).toBe(false);
    expect(isValidCreditCode('91350100M000I00Y43')).toBe(false); // I is not in the alphabet
    expect(isValidCreditCode('91441800123456780Q')).toBe(false); // organisation code check broken
  });

  it('names what is wrong with a credit code: a character outside GB 32100, the length, a check character', () => {
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull();
    // I, O, Z, S, V are not used; each such character is named
    expect(creditCodeProblem('91350100M000I00Y43')).toBe(
      '统一社会信用代码不能含有“I”：只能由数字 0-9 和大写英文字母组成，且不使用 I、O、Z、S、V',
    );
    expect(creditCodeProblem('9135O100M000S00Y4O')).toMatch(/^统一社会信用代码不能含有“O”、“S”：/);
    expect(creditCodeProblem('91350100-000100Y43')).toMatch(/不能含有“-”/);
    expect(creditCodeProblem('91350100M000100Y4')).toBe('统一社会信用代码应为 18 位，现为 17 位');
    expect(creditCodeProblem('91350100M000100Y44')).toMatch(/^统一社会信用代码校验码（第 18 位）不符/);
    expect(creditCodeProblem('914418001234567803')).toMatch(/第 9–17 位（组织机构代码）的校验码不符/);
    for (const message of [creditCodeProblem('91350100M000I00Y43'), creditCodeProblem('91350100M000100Y44')])
      expect(message).not.toContain('18 位数字或大写字母');
  });

  it('names what is wrong with a resident ID number', () => {
    expect(residentIdProblem(PERSON_ID)).toBeNull();
    expect(residentIdProblem('4418021990030712')).toBe('身份证号码应为 18 位，现为 16 位');
    expect(residentIdProblem('44180219900307123A')).toMatch(/最后一位为数字或 X/);
    expect(residentIdProblem('441802199002301234')).toMatch(/出生日期（19900230）不是有效日期/);
    expect(residentIdProblem('441802199003071236')).toMatch(/校验码（第 18 位）不符/);
  });

  it('requires the identity each party type carries', () => {
    expect(partyProblems({ type: 'person', name: '张三' }).map((p) => p.path)).toEqual(['party.idNumber']);
    expect(partyProblems({ type: 'organization', name: '某公司' }).map((p) => p.path)).toEqual([
      'party.creditCode',
    ]);
    expect(partyProblems({ type: 'individual_business', name: '某店', idNumber: PERSON_ID })).toEqual([]);
    expect(partyProblems({ type: 'organization', name: '某公司', creditCode: CREDIT_CODE })).toEqual([]);
  });
});

describe('limitation period (APL Art. 36)', () => {
  it('allows discovery on the last day of two years and refuses the day after', () => {
    expect(limitationLastDay('2024-11-26', false)).toBe('2026-11-26');
    expect(limitationExpired('2026-11-26', '2024-11-26', false)).toBe(false);
    expect(limitationExpired('2026-11-27', '2024-11-26', false)).toBe(true);
  });

  it('gives five years where life, health or financial safety was harmed', () => {
    expect(limitationExpired('2026-11-27', '2024-11-26', true)).toBe(false);
    expect(limitationLastDay('2021-11-26', true)).toBe('2026-11-26');
    expect(limitationExpired('2026-11-27', '2021-11-26', true)).toBe(true);
  });

  it('has not started for a continuing violation, and handles 29 February', () => {
    expect(limitationExpired('2030-01-01', null, false)).toBe(false);
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });
});

describe('the decision clock', () => {
  it('adds extensions and excluded days, counting overlaps once', () => {
    expect(decisionPeriod(0, [], '2026-11-26')).toEqual({
      period: { days: 90, unit: 'calendar_days' },
      paused: false,
      excludedDays: 0,
    });
    const r = decisionPeriod(
      30,
      [
        { kind: 'testing', startedOn: '2026-10-01', endedOn: '2026-10-10' },
        { kind: 'appraisal', startedOn: '2026-10-05', endedOn: '2026-10-12' },
      ],
      '2026-11-26',
    );
    expect(r).toEqual({ period: { days: 132, unit: 'calendar_days' }, paused: false, excludedDays: 12 });
    const open = decisionPeriod(
      0,
      [{ kind: 'suspension', startedOn: '2026-11-20', endedOn: null }],
      '2026-11-26',
    );
    expect(open).toEqual({ period: { days: 97, unit: 'calendar_days' }, paused: true, excludedDays: 7 });
  });
});

describe('numbering and storage deadlines', () => {
  it('formats the bureau pattern', () => {
    expect(formatCaseNumber('清环罚〔{year}〕{n}号', 2026, 12)).toBe('清环罚〔2026〕12号');
  });

  it('computes 24 hours, or the end of the next working day in China', () => {
    const captured = new Date('2026-09-30T10:00:00+08:00');
    expect(storageDueAt(captured, 'hours24').toISOString()).toBe('2026-10-01T02:00:00.000Z');
    // next working day after 09-30 is 10-08 (National Day): due at 10-08 24:00 China time
    expect(storageDueAt(captured, 'oneWorkingDay', '2026-10-08').toISOString()).toBe(
      '2026-10-08T15:59:59.999Z',
    );
  });
});
