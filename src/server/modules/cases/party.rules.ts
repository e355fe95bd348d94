/**
 * Identity numbers of parties, validated by their check characters.
 *
 * - 公民身份号码 (resident identity number), GB 11643-1999: 17 digits + check character; weights
 *   2^(17-i) mod 11; check = (12 - (sum mod 11)) mod 11, 10 written as 'X'. Digits 7–14 are the
 *   birth date.
 * - 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from
 *   0-9 A-H J-N P-R T U W-Y (no I, O, Z, S, V); weights 3^i mod 31; check = 31 - (sum mod 31),
 *   31 → 0. Characters 9–17 are the organisation code (GB 11714), whose own check character
 *   (weights 3 7 9 10 5 8 4 2; 11 - (sum mod 11), 10 → X, 11 → 0) is checked too.
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export function isValidResidentId(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(value[i]), 0);
  if (ID_CHECK[sum % 11] !== value[17]) return false;
  const birth = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  const d = new Date(`${birth}T00:00:00Z`);
  return (
    !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === birth && Number(value.slice(6, 10)) >= 1900
  );
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

function orgCodeValid(code: string): boolean {
  // 8 body characters (digits or upper-case letters) + check character
  let sum = 0;
  for (let i = 0; i < 8; i += 1) {
    const c = code[i] ?? '';
    const v = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55; // A = 10
    sum += v * (ORG_CODE_WEIGHTS[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  const expected = check === 10 ? 'X' : check === 11 ? '0' : String(check);
  return code[8] === expected;
}

export function isValidCreditCode(value: string): boolean {
  if (value.length !== 18) return false;
  const codes: number[] = [];
  for (const c of value) {
    const v = USCC_CHARS.indexOf(c);
    if (v < 0) return false;
    codes.push(v);
  }
  const sum = USCC_WEIGHTS.reduce((acc, w, i) => acc + w * (codes[i] ?? 0), 0);
  const check = (31 - (sum % 31)) % 31;
  if (codes[17] !== check) return false;
  return orgCodeValid(value.slice(8, 17));
}

import type { PartyType } from '../../../shared/case-vocabulary.js';

export { PARTY_TYPES, type PartyType } from '../../../shared/case-vocabulary.js';

export type PartyInput = {
  type: PartyType;
  name: string;
  idNumber?: string | undefined;
  creditCode?: string | undefined;
  legalRepresentative?: string | undefined;
  address?: string | undefined;
  phone?: string | undefined;
};

/** Problems with a party's identity: a person needs a valid ID number; an organisation a valid credit code. */
export function partyProblems(p: PartyInput): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (p.idNumber !== undefined && !isValidResidentId(p.idNumber)) {
    problems.push({ path: 'party.idNumber', message: '身份证号码无效（校验码或出生日期不符）' });
  }
  if (p.creditCode !== undefined && !isValidCreditCode(p.creditCode)) {
    problems.push({ path: 'party.creditCode', message: '统一社会信用代码无效（校验码不符）' });
  }
  if (p.type === 'person' && p.idNumber === undefined) {
    problems.push({ path: 'party.idNumber', message: '自然人须填写身份证号码' });
  }
  if (p.type === 'organization' && p.creditCode === undefined) {
    problems.push({ path: 'party.creditCode', message: '单位须填写统一社会信用代码' });
  }
  if (p.type === 'individual_business' && p.creditCode === undefined && p.idNumber === undefined) {
    problems.push({
      path: 'party.creditCode',
      message: '个体工商户须填写统一社会信用代码或经营者身份证号码',
    });
  }
  return problems;
}
