import { describe, expect, it } from 'vitest';
import { partyIdentityItems } from '../src/web/components/partyLabels.js';
import { CREDIT_CODE, PERSON_ID } from './support/factories.js';

/** The case header (back office) labels each identity number for what it is, by the party's type. */
describe('the party identity in the case header', () => {
  it('labels a company’s code 统一社会信用代码 and a person’s number 身份证号码', () => {
    expect(partyIdentityItems({ type: 'organization', creditCode: CREDIT_CODE, idNumber: null })).toEqual([
      { key: 'creditCode', label: '统一社会信用代码', value: CREDIT_CODE },
    ]);
    expect(partyIdentityItems({ type: 'person', creditCode: null, idNumber: PERSON_ID })).toEqual([
      { key: 'idNumber', label: '身份证号码', value: PERSON_ID },
    ]);
  });

  it('shows both numbers of an 个体工商户, the ID number as the operator’s', () => {
    expect(
      partyIdentityItems({ type: 'individual_business', creditCode: CREDIT_CODE, idNumber: PERSON_ID }),
    ).toEqual([
      { key: 'creditCode', label: '统一社会信用代码', value: CREDIT_CODE },
      { key: 'idNumber', label: '经营者身份证号码', value: PERSON_ID },
    ]);
    expect(
      partyIdentityItems({ type: 'individual_business', creditCode: null, idNumber: PERSON_ID }),
    ).toEqual([{ key: 'idNumber', label: '经营者身份证号码', value: PERSON_ID }]);
    expect(partyIdentityItems({ type: 'organization', creditCode: null, idNumber: null })).toEqual([]);
  });

  it('never uses the generic 证件号码', () => {
    for (const type of ['person', 'organization', 'individual_business'] as const) {
      for (const item of partyIdentityItems({ type, creditCode: CREDIT_CODE, idNumber: PERSON_ID }))
        expect(item.label).not.toBe('证件号码');
    }
  });
});
