/** Identity numbers of parties: the checks live in `src/shared/party-identity.ts` (the API's schema uses them). */
import { creditCodeProblem, residentIdProblem } from '../../../shared/party-identity.js';

export { isValidCreditCode, isValidResidentId } from '../../../shared/party-identity.js';

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
  const idProblem = p.idNumber === undefined ? null : residentIdProblem(p.idNumber);
  if (idProblem !== null) problems.push({ path: 'party.idNumber', message: idProblem });
  const codeProblem = p.creditCode === undefined ? null : creditCodeProblem(p.creditCode);
  if (codeProblem !== null) problems.push({ path: 'party.creditCode', message: codeProblem });
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
