import { Tag } from 'antd';
import type { DisclosureStatus } from '../../../../shared/publicity-vocabulary.js';
import type { DueState } from '../../../api/types.js';
import { STATUS_COLORS } from '../../../components/StatusTag.js';
import { t } from '../../../i18n/index.js';

const STATUS_TAG_COLORS: Record<DisclosureStatus, string> = {
  draft: STATUS_COLORS.inactive,
  submitted: STATUS_COLORS.pending,
  checked: STATUS_COLORS.pending,
  published: STATUS_COLORS.done,
  withdrawn: STATUS_COLORS.withdrawn,
  held: STATUS_COLORS.warning,
};

/** 填报中 (grey), 待审核 / 待审批 (blue), 已公示 (green), 已撤回 (purple), 不予公开 (orange). */
export function DisclosureStatusTag({ status }: { status: DisclosureStatus }) {
  return <Tag color={STATUS_TAG_COLORS[status]}>{t(`publicity.statuses.${status}`)}</Tag>;
}

const DUE_COLORS: Record<DueState, string | null> = {
  open: null,
  due_soon: STATUS_COLORS.warning,
  overdue: STATUS_COLORS.overdue,
  met: null,
  late: STATUS_COLORS.overdue,
};

/**
 * Where a due date stands: red when overdue (or done late), orange when due within 2 working days;
 * nothing while it is far off or was met. `withdrawal` names the withdrawal's due date.
 */
export function DueStateTag({ state, withdrawal = false }: { state: DueState | null; withdrawal?: boolean }) {
  if (state === null) return null;
  // a withdrawal that is due is always something to do
  const color = withdrawal && state === 'open' ? STATUS_COLORS.warning : DUE_COLORS[state];
  if (color === null) return null;
  return (
    <Tag color={color}>
      {withdrawal ? t(`publicity.withdrawalDue.${state}`) : t(`publicity.due.${state}`)}
    </Tag>
  );
}
