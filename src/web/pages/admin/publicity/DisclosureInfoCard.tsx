import { Alert, Card, Descriptions, Flex, Space } from 'antd';
import type { Disclosure } from '../../../api/types.js';
import { formatDate, formatDateTime } from '../../../format.js';
import { t } from '../../../i18n/index.js';
import { DisclosureStatusTag, DueStateTag } from './DisclosureTags.js';

/** Where the item stands: its due date, the version in force, a hold or a withdrawal with its reason. */
export function DisclosureInfoCard({ item }: { item: Disclosure }) {
  const ground = item.withdrawalGround ? t(`publicity.withdrawalGrounds.${item.withdrawalGround}`) : null;
  return (
    <Card title={t('publicity.page.info')} size="small">
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {item.hold && (
          <Alert
            type="warning"
            showIcon
            title={
              item.status === 'held'
                ? t('publicity.page.heldTitle', { reason: t(`publicity.holdReasons.${item.hold.reason}`) })
                : t('publicity.page.holdTitle', { reason: t(`publicity.holdReasons.${item.hold.reason}`) })
            }
            description={<span className="pre-wrap">{item.hold.note}</span>}
          />
        )}
        {item.withdrawnAt && (
          <Alert
            type="error"
            showIcon
            title={t('publicity.page.withdrawnTitle', { date: formatDate(item.withdrawnAt) })}
            description={
              <>
                <div className="pre-wrap">
                  {t('publicity.page.withdrawalReason', { reason: item.withdrawalReason ?? '' })}
                </div>
                {ground && <div>{t('publicity.page.withdrawalGround', { ground })}</div>}
              </>
            }
          />
        )}
        {item.withdrawalDue && !item.withdrawnAt && (
          <Alert
            type="warning"
            showIcon
            title={t('publicity.page.withdrawalDueTitle', {
              date: formatDate(item.withdrawalDue),
              ground: ground ?? t('publicity.withdrawalGrounds.other'),
            })}
            description={t('publicity.page.withdrawalDueText')}
          />
        )}
        <Descriptions
          column={1}
          size="small"
          items={[
            {
              key: 'status',
              label: t('publicity.list.status'),
              children: <DisclosureStatusTag status={item.status} />,
            },
            {
              key: 'kind',
              label: t('publicity.list.kind'),
              children: t(`publicity.kinds.${item.kind}`),
            },
            {
              key: 'due',
              label: t('publicity.page.due'),
              children: (
                <Flex wrap gap={4} align="center">
                  <span>{t('publicity.page.dueText', { due: formatDate(item.due) })}</span>
                  <DueStateTag state={item.dueState} />
                </Flex>
              ),
            },
            ...(item.withdrawalDue
              ? [
                  {
                    key: 'withdrawalDue',
                    label: t('publicity.list.withdrawalDue'),
                    children: (
                      <Flex wrap gap={4} align="center">
                        <span>{t('publicity.page.dueText', { due: formatDate(item.withdrawalDue) })}</span>
                        <DueStateTag state={item.withdrawalDueState} withdrawal />
                      </Flex>
                    ),
                  },
                ]
              : []),
            {
              key: 'version',
              label: t('publicity.page.version'),
              children:
                item.version > 0
                  ? t('publicity.list.versionN', { version: item.version })
                  : t('publicity.page.versionNone'),
            },
            ...(item.publishedAt
              ? [
                  {
                    key: 'publishedAt',
                    label: t('publicity.page.publishedAt'),
                    children: formatDateTime(item.publishedAt),
                  },
                ]
              : []),
          ]}
        />
      </Space>
    </Card>
  );
}
