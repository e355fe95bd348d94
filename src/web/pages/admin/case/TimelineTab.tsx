import { useQuery } from '@tanstack/react-query';
import { Empty, Spin, Tag, Timeline, Typography } from 'antd';
import { caseEventLabel, isCaseEventType, type CaseEventType } from '../../../../shared/case-event-labels.js';
import { casesApi } from '../../../api/cases.js';
import type { CaseView, TimelineItem } from '../../../api/types.js';
import { activityLabel, periodKindLabel } from '../../../components/caseLabels.js';
import { QueryError } from '../../../components/QueryError.js';
import { formatDateTime } from '../../../format.js';
import { t } from '../../../i18n/index.js';
import { caseKey, useActorName } from './caseContext.js';

const COLORS: Partial<Record<CaseEventType, string>> = {
  created: 'blue',
  stage_changed: 'green',
  approval_granted: 'green',
  approval_rejected: 'red',
  media_added: 'blue',
};

/**
 * The event's sentence. The server's summary is used as is, except where it carries an internal code
 * (the media activity, the period kind): those are rebuilt from the detail in Chinese.
 */
function summaryOf(e: TimelineItem): string {
  const d = e.detail;
  if (e.type === 'media_added' && typeof d['activity'] === 'string') {
    const activity = activityLabel(d['activity']);
    return d['late'] === true
      ? t('cases.timeline.mediaAddedLate', { activity })
      : t('cases.timeline.mediaAdded', { activity });
  }
  if (e.type === 'period_opened' && typeof d['kind'] === 'string') {
    return t('cases.timeline.periodOpened', { kind: periodKindLabel(d['kind']) });
  }
  return e.summary;
}

export function TimelineTab({ c }: { c: CaseView }) {
  const actorName = useActorName();
  const timeline = useQuery({
    queryKey: [...caseKey(c.id), 'timeline'],
    queryFn: ({ signal }) => casesApi.timeline(c.id, signal),
  });
  if (timeline.isPending) return <Spin />;
  if (timeline.isError) return <QueryError error={timeline.error} onRetry={() => void timeline.refetch()} />;
  const items = timeline.data.items;
  if (items.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.timeline.empty')} />;
  return (
    <>
      <Typography.Title level={3} style={{ margin: '0 0 16px', fontSize: 16 }}>
        {t('cases.timeline.title')}
      </Typography.Title>
      <Timeline
        items={items.map((e) => ({
          key: e.seq,
          color: (isCaseEventType(e.type) ? COLORS[e.type] : undefined) ?? 'gray',
          content: (
            <div className="case-event">
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('common.separated', { a: formatDateTime(e.at), b: actorName(e.actorName) })}
              </Typography.Text>
              <div>
                <Tag className="case-event-type">{caseEventLabel(e.type)}</Tag>
                <span>{summaryOf(e)}</span>
              </div>
              {e.type === 'media_added' && typeof e.detail['sha256'] === 'string' && (
                <Typography.Text type="secondary" className="mono sha256">
                  {t('cases.timeline.sha256', { hash: e.detail['sha256'] })}
                </Typography.Text>
              )}
            </div>
          ),
        }))}
      />
    </>
  );
}
