import { Typography } from 'antd';
import type { MatchedRule } from '../../../api/types.js';
import { t } from '../../../i18n/index.js';

/** Catalog rules a draft matched, each with its legal source. */
export function MatchedRules({ rules, empty }: { rules: readonly MatchedRule[]; empty: string }) {
  if (rules.length === 0) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return (
    <ul className="rule-list">
      {rules.map((r) => (
        <li key={r.id}>
          <Typography.Text strong>{r.text}</Typography.Text>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('review.page.source', { source: r.source })}
            </Typography.Text>
          </div>
        </li>
      ))}
    </ul>
  );
}
