import { Tag } from 'antd';
import type { PreDisclosureStatus } from '../../../../shared/publicity-vocabulary.js';
import { STATUS_COLORS } from '../../../components/StatusTag.js';
import { t } from '../../../i18n/index.js';

const STATUS_TAG_COLORS: Record<PreDisclosureStatus, string> = {
  draft: STATUS_COLORS.inactive,
  submitted: STATUS_COLORS.pending,
  checked: STATUS_COLORS.pending,
  published: STATUS_COLORS.done,
  withdrawn: STATUS_COLORS.withdrawn,
};

/** 填报中 (grey), 待审核 / 待审批 (blue), 已公开 (green), 已撤回 (purple): always with the text. */
export function PreDisclosureStatusTag({ status }: { status: PreDisclosureStatus }) {
  return <Tag color={STATUS_TAG_COLORS[status]}>{t(`preDisclosure.statuses.${status}`)}</Tag>;
}

/** Marks an item whose table the system writes (organisation, officers, recording rules, catalog). */
export function GeneratedTag() {
  return <Tag color="cyan">{t('preDisclosure.list.generated')}</Tag>;
}
