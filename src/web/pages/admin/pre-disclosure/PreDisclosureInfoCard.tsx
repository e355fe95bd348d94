import { Alert, Card, Descriptions, Flex, Space, Typography } from 'antd';
import { ExportOutlined } from '@ant-design/icons';
import type { PreDisclosure } from '../../../api/preDisclosure.js';
import { formatDate, formatDateTime } from '../../../format.js';
import { t } from '../../../i18n/index.js';
import { DueStateTag } from '../publicity/DisclosureTags.js';
import { GeneratedTag, PreDisclosureStatusTag } from './PreDisclosureTags.js';

/** Where the item stands: its section and unit, the due date of the change, the version on the portal. */
export function PreDisclosureInfoCard({ item }: { item: PreDisclosure }) {
  const pending = item.publishedVersion !== null && item.status !== 'published';
  return (
    <Card title={t('preDisclosure.page.info')} size="small">
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {item.status === 'withdrawn' && (
          <Alert
            type="error"
            showIcon
            title={t('preDisclosure.page.withdrawnTitle')}
            description={
              item.withdrawalReason && (
                <span className="pre-wrap">
                  {t('preDisclosure.page.withdrawalReason', { reason: item.withdrawalReason })}
                </span>
              )
            }
          />
        )}
        {pending && (
          <Alert
            type="info"
            showIcon
            title={t('preDisclosure.page.pendingChange', { version: item.publishedVersion ?? 0 })}
          />
        )}
        <Descriptions
          column={1}
          size="small"
          items={[
            {
              key: 'section',
              label: t('preDisclosure.page.section'),
              children: (
                <Space size={4} wrap>
                  {t(`preDisclosure.sections.${item.section}`)}
                  {item.generated && <GeneratedTag />}
                </Space>
              ),
            },
            { key: 'department', label: t('preDisclosure.page.department'), children: item.departmentName },
            {
              key: 'status',
              label: t('preDisclosure.page.status'),
              children: <PreDisclosureStatusTag status={item.status} />,
            },
            {
              key: 'due',
              label: t('preDisclosure.page.due'),
              children: (
                <div>
                  <Flex wrap gap={4} align="center">
                    <span>{t('preDisclosure.page.dueText', { due: formatDate(item.due) })}</span>
                    <DueStateTag state={item.dueState} />
                  </Flex>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('preDisclosure.page.dueHint', { changedOn: formatDate(item.changedOn) })}
                  </Typography.Text>
                </div>
              ),
            },
            {
              key: 'version',
              label: t('preDisclosure.page.version'),
              children:
                item.publishedVersion !== null ? (
                  <Space size={8} wrap>
                    <span>{t('preDisclosure.list.versionN', { version: item.publishedVersion })}</span>
                    <a href={`/prior/items/${item.id}`} target="_blank" rel="noopener">
                      <ExportOutlined aria-hidden /> {t('preDisclosure.page.viewPortal')}
                    </a>
                  </Space>
                ) : (
                  t('preDisclosure.page.versionNone')
                ),
            },
            ...(item.publishedVersion !== null
              ? [
                  {
                    key: 'publishedAt',
                    label: t('preDisclosure.page.publishedAt'),
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
