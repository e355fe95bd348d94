import type { CaseView } from '../api/types.js';
import { t } from '../i18n/index.js';

/**
 * The party's identity numbers as the back office shows them, each under the name of what it is:
 * 统一社会信用代码 (an organisation, an 个体工商户 that has one), 身份证号码 (a person), 经营者身份证号码
 * (the operator of an 个体工商户).
 */
export function partyIdentityItems(
  party: Pick<CaseView['party'], 'type' | 'idNumber' | 'creditCode'>,
): { key: 'creditCode' | 'idNumber'; label: string; value: string }[] {
  return [
    ...(party.creditCode
      ? [{ key: 'creditCode' as const, label: t('cases.create.creditCode'), value: party.creditCode }]
      : []),
    ...(party.idNumber
      ? [
          {
            key: 'idNumber' as const,
            label:
              party.type === 'individual_business'
                ? t('cases.create.operatorIdNumber')
                : t('cases.create.idNumber'),
            value: party.idNumber,
          },
        ]
      : []),
  ];
}
