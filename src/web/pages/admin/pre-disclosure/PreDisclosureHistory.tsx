import { Card, Empty, Tag, Timeline, Typography } from 'antd';
import type { PreDisclosureStep } from '../../../../shared/publicity-vocabulary.js';
import type { PreDisclosureStepView } from '../../../api/preDisclosure.js';
import { formatDateTime } from '../../../format.js';
import { t } from '../../../i18n/index.js';

const STEP_COLORS: Partial<Record<PreDisclosureStep, string>> = {
  submitted: 'blue',
  checked: 'green',
  approved: 'green',
  returned: 'red',
  withdrawn: 'purple',
  regenerated: 'orange',
};

/** 流转记录: every step of the item, oldest first, with who took it, when, and the comment. */
export function PreDisclosureHistory({ steps }: { steps: readonly PreDisclosureStepView[] }) {
  return (
    <Card title={t('preDisclosure.page.history')} size="small">
      {steps.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('preDisclosure.page.historyEmpty')} />
      ) : (
        <Timeline
          items={steps.map((s, i) => ({
            key: `${s.at}:${i}`,
            color: STEP_COLORS[s.step] ?? 'gray',
            content: (
              <div className="case-event" data-step={s.step}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {s.actorName
                    ? t('common.separated', { a: formatDateTime(s.at), b: s.actorName })
                    : formatDateTime(s.at)}
                </Typography.Text>
                <div>
                  <Tag>{t(`preDisclosure.steps.${s.step}`)}</Tag>
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
