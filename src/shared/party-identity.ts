/**
 * Identity numbers of parties, checked by their check characters, with the problem said in words
 * (the API's VALIDATION_FAILED details and the back office's form show the same sentence).
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

/** What is wrong with a resident ID number (upper-case X expected), or null when it is valid. */
export function residentIdProblem(value: string): string | null {
  if (value.length !== 18) return `身份证号码应为 18 位，现为 ${value.length} 位`;
  if (!/^\d{17}[\dX]$/.test(value)) return '身份证号码前 17 位应为数字，最后一位为数字或 X';
  const birth = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  const d = new Date(`${birth}T00:00:00Z`);
  if (
    Number.isNaN(d.getTime()) ||
    d.toISOString().slice(0, 10) !== birth ||
    Number(value.slice(6, 10)) < 1900
  ) {
    return `身份证号码第 7–14 位的出生日期（${value.slice(6, 14)}）不是有效日期`;
  }
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(value[i]), 0);
  if (ID_CHECK[sum % 11] !== value[17]) return '身份证号码校验码（第 18 位）不符，请核对是否有输错的数字';
  return null;
}

export function isValidResidentId(value: string): boolean {
  return residentIdProblem(value) === null;
}

/** The characters of GB 32100-2015: digits and upper-case letters except I, O, Z, S, V. */
export const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
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

/**
 * What is wrong with a unified social credit code (upper-case expected), or null when it is valid:
 * its length, a character outside GB 32100's set (named), the code's check character or that of the
 * organisation code inside it.
 */
export function creditCodeProblem(value: string): string | null {
  const chars = [...value];
  const outside = [...new Set(chars.filter((c) => !CREDIT_CODE_CHARS.includes(c)))];
  if (outside.length > 0) {
    return (
      `统一社会信用代码不能含有${outside.map((c) => `“${c}”`).join('、')}：` +
      '只能由数字 0-9 和大写英文字母组成，且不使用 I、O、Z、S、V'
    );
  }
  if (chars.length !== 18) return `统一社会信用代码应为 18 位，现为 ${chars.length} 位`;
  const sum = USCC_WEIGHTS.reduce((acc, w, i) => acc + w * CREDIT_CODE_CHARS.indexOf(chars[i] ?? ''), 0);
  if (CREDIT_CODE_CHARS.indexOf(chars[17] ?? '') !== (31 - (sum % 31)) % 31) {
    return '统一社会信用代码校验码（第 18 位）不符，请核对是否有输错的字符';
  }
  if (!orgCodeValid(value.slice(8, 17))) {
    return '统一社会信用代码第 9–17 位（组织机构代码）的校验码不符，请核对是否有输错的字符';
  }
  return null;
}

export function isValidCreditCode(value: string): boolean {
  return creditCodeProblem(value) === null;
}
