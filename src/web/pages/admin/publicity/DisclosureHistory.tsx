import { Card, Empty, Tag, Timeline, Typography } from 'antd';
import type { DisclosureStep } from '../../../../shared/publicity-vocabulary.js';
import type { DisclosureStepView } from '../../../api/types.js';
import { formatDateTime } from '../../../format.js';
import { t } from '../../../i18n/index.js';

const STEP_COLORS: Partial<Record<DisclosureStep, string>> = {
  checked: 'green',
  approved: 'green',
  held: 'orange',
  hold_requested: 'orange',
  returned: 'red',
  hold_rejected: 'red',
  withdrawal_due: 'red',
  withdrawn: 'purple',
  submitted: 'blue',
  reopened: 'blue',
};

/** 流转记录: every step of the item, oldest first, with who took it and the comment. */
export function DisclosureHistory({ steps }: { steps: readonly DisclosureStepView[] }) {
  return (
    <Card title={t('publicity.page.history')} size="small">
      {steps.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('publicity.page.historyEmpty')} />
      ) : (
        <Timeline
          items={steps.map((s, i) => ({
            key: `${s.at}:${i}`,
            color: STEP_COLORS[s.step] ?? 'gray',
            content: (
              <div className="case-event">
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {s.actorName
                    ? t('common.separated', { a: formatDateTime(s.at), b: s.actorName })
                    : formatDateTime(s.at)}
                </Typography.Text>
                <div>
                  <Tag>{t(`publicity.steps.${s.step}`)}</Tag>
                  {s.comment && <span className="pre-wrap">{s.comment}</span>}
                </div>
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
