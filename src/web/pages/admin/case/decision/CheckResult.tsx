import { Alert, Flex, Typography } from 'antd';
import type { DecisionBlocker, DecisionCheck } from '../../../../api/types.js';
import { blockerLines } from '../../../../components/reviewLabels.js';
import { useRecordTemplates } from '../../../../components/caseLabels.js';
import { t, tOptional } from '../../../../i18n/index.js';
import { MatchedRules } from '../../review/MatchedRules.js';

/** What still stops the decision, one line per blocker with the items it needs, in Chinese. */
export function BlockerList({ blockers }: { blockers: readonly DecisionBlocker[] }) {
  const templates = useRecordTemplates();
  return (
    <ul className="case-blockers">
      {blockerLines(blockers, templates.data).map((b) => (
        <li key={b.code}>
          {b.items.length > 0
            ? b.message
              ? t('common.labelValue', { label: b.message, value: b.items.join('、') })
              : b.items.join('、')
            : b.message}
        </li>
      ))}
    </ul>
  );
}

/** The answer of 检查: major or not (with the catalog rules matched), hearing rights, blockers. */
export function CheckResult({ check, stale }: { check: DecisionCheck; stale: boolean }) {
  return (
    <Flex vertical gap={8} role="status" aria-live="polite">
      {stale && <Alert type="info" showIcon title={t('review.check.stale')} />}
      <Alert
        type={check.major ? 'warning' : 'info'}
        showIcon
        title={check.major ? t('review.check.major') : t('review.check.notMajor')}
        description={
          check.major ? (
            <MatchedRules rules={check.matchedRules} empty={t('review.page.rulesNone')} />
          ) : undefined
        }
      />
      {check.hearingRight && <Alert type="info" showIcon title={t('review.check.hearingRight')} />}
      {check.warnings.map((w) => (
        <Alert key={w} type="warning" showIcon title={tOptional(`review.check.warnings.${w}`, w)} />
      ))}
      {check.blockers.length === 0 ? (
        <Alert type="success" showIcon title={t('review.check.ok')} />
      ) : (
        <Alert
          type="warning"
          showIcon
          title={<Typography.Text strong>{t('review.check.blockers')}</Typography.Text>}
          description={<BlockerList blockers={check.blockers} />}
        />
      )}
    </Flex>
  );
}
