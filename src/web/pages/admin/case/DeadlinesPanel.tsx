import { Card, Flex, Space, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import type { Deadline } from '../../../api/types.js';
import { canAccess, useSession } from '../../../auth/session.js';
import { deadlineDisclosureId, deadlineLabel, deadlineText } from '../../../components/caseLabels.js';
import { DeadlineCountdown, DeadlineStatusTag, STATUS_COLORS } from '../../../components/StatusTag.js';
import { todayInChina } from '../../../format.js';
import { t } from '../../../i18n/index.js';

/** One deadline: what it is, what it counts ("90日（自然日），截至 …"), a countdown and its status. */
export function DeadlineLine({ d, today }: { d: Deadline; today: string }) {
  // a disclosure's deadline links to the disclosure (行政执法公示) for those who handle it
  const disclosure = canAccess(useSession(), 'disclosures') ? deadlineDisclosureId(d.kind) : null;
  return (
    <Flex wrap gap={8} align="center" className="case-deadline">
      <Typography.Text strong>
        {disclosure ? (
          <Link to={`/admin/disclosures/${disclosure}`}>{deadlineLabel(d)}</Link>
        ) : (
          deadlineLabel(d)
        )}
      </Typography.Text>
      <Typography.Text>{deadlineText(d)}</Typography.Text>
      {d.provisional && (
        <Tooltip title={t('cases.page.provisionalTip')}>
          <Tag color={STATUS_COLORS.warning}>{t('cases.page.provisional')}</Tag>
        </Tooltip>
      )}
      <DeadlineCountdown deadline={d} today={today} />
      {d.status === 'paused' && <DeadlineStatusTag status="paused" />}
    </Flex>
  );
}

/** By due date, then start; deadlines of one kind in their order (法制审核（第1轮）before（第2轮）). */
const byDue = (a: Deadline, b: Deadline) =>
  a.due.localeCompare(b.due) ||
  a.startsOn.localeCompare(b.startsOn) ||
  a.label.localeCompare(b.label, 'zh-CN', { numeric: true });

export function DeadlinesPanel({ deadlines }: { deadlines: readonly Deadline[] }) {
  const today = todayInChina();
  return (
    <Card title={t('cases.page.deadlinesTitle')}>
      {deadlines.length === 0 ? (
        <Typography.Text type="secondary">{t('cases.page.noDeadlines')}</Typography.Text>
      ) : (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          {[...deadlines].sort(byDue).map((d) => (
            <div key={d.kind}>
              <DeadlineLine d={d} today={today} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {d.source
                  ? t('common.separated', {
                      a: t('cases.page.deadlineFrom', { date: d.startsOn }),
                      b: d.source,
                    })
                  : t('cases.page.deadlineFrom', { date: d.startsOn })}
              </Typography.Text>
            </div>
          ))}
        </Space>
      )}
    </Card>
  );
}
