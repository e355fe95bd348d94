import { Descriptions, Empty, Table, Typography } from 'antd';
import {
  preDisclosuresApi,
  type PreDisclosure,
  type PreDisclosureAttachment,
  type PreDisclosureBody,
  type PreDisclosureTable,
} from '../../../api/preDisclosure.js';
import { formatBytes } from '../../../format.js';
import { t } from '../../../i18n/index.js';

type Row = { key: number; cells: string[] };

/** A table of the item as the portal prints it: a 序号 column, then the item's columns. */
export function BodyTable({ table }: { table: PreDisclosureTable }) {
  const data: Row[] = table.rows.map((cells, i) => ({ key: i, cells }));
  return (
    <Table<Row>
      size="small"
      bordered
      rowKey="key"
      dataSource={data}
      scroll={{ x: 64 + table.columns.length * 150 }}
      pagination={data.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      columns={[
        {
          title: t('preDisclosure.body.rowNumber'),
          key: 'n',
          width: 64,
          render: (_: unknown, r: Row) => r.key + 1,
        },
        ...table.columns.map((c, i) => ({
          title: c,
          key: `c${i}`,
          width: 150,
          render: (_: unknown, r: Row) => <span className="pre-wrap">{r.cells[i] ?? ''}</span>,
        })),
      ]}
    />
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="pre-disclosure-part">
      <Typography.Title level={3} style={{ fontSize: 15, margin: '0 0 8px' }}>
        {title}
      </Typography.Title>
      {children}
    </div>
  );
}

const empty = (text: string) => <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} />;

/** The content read-only (checkers, approvers, and anyone while the item is under review). */
export function PreDisclosureBodyView({ body }: { body: PreDisclosureBody }) {
  return (
    <div className="pre-disclosure-body">
      <Section title={t('preDisclosure.body.intro')}>
        {body.intro ? (
          <Typography.Paragraph className="pre-wrap" style={{ marginBottom: 0 }}>
            {body.intro}
          </Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary">{t('preDisclosure.body.introEmpty')}</Typography.Text>
        )}
      </Section>
      <Section title={t('preDisclosure.body.fields')}>
        {body.fields.length > 0 ? (
          <Descriptions
            bordered
            size="small"
            column={1}
            items={body.fields.map((f, i) => ({
              key: String(i),
              label: f.label,
              children: <span className="pre-wrap">{f.value}</span>,
            }))}
          />
        ) : (
          <Typography.Text type="secondary">{t('preDisclosure.body.fieldsEmpty')}</Typography.Text>
        )}
      </Section>
      <Section title={t('preDisclosure.body.table')}>
        {body.table ? <BodyTable table={body.table} /> : empty(t('preDisclosure.body.tableEmpty'))}
      </Section>
      <Section title={t('preDisclosure.body.flow')}>
        {body.flow.length > 0 ? (
          <ol className="pre-disclosure-flow">
            {body.flow.map((s, i) => (
              <li key={i}>
                <Typography.Text strong>{s.title}</Typography.Text>
                {s.period && (
                  <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                    {t('preDisclosure.body.period', { period: s.period })}
                  </Typography.Text>
                )}
                {s.detail && <div className="pre-wrap">{s.detail}</div>}
              </li>
            ))}
          </ol>
        ) : (
          <Typography.Text type="secondary">{t('preDisclosure.body.flowEmpty')}</Typography.Text>
        )}
      </Section>
    </div>
  );
}

const kindOf = (mime: string) =>
  mime === 'application/pdf'
    ? t('preDisclosure.attachments.kindPdf')
    : mime.startsWith('image/')
      ? t('preDisclosure.attachments.kindImage')
      : /word|msword/.test(mime)
        ? t('preDisclosure.attachments.kindWord')
        : mime;

/**
 * The attachments (name, kind, size). While the item is published every one of them is in the version
 * on the portal, so its name links to the public file; in a pending change they are not public yet.
 */
export function AttachmentList({ item }: { item: PreDisclosure }) {
  const { attachments } = item.body;
  if (attachments.length === 0)
    return <Typography.Text type="secondary">{t('preDisclosure.body.attachmentsEmpty')}</Typography.Text>;
  const linked = item.status === 'published';
  return (
    <Table<PreDisclosureAttachment>
      size="small"
      rowKey="sha256"
      pagination={false}
      aria-label={t('preDisclosure.attachments.list')}
      dataSource={attachments}
      columns={[
        {
          title: t('preDisclosure.attachments.fileName'),
          dataIndex: 'fileName',
          key: 'name',
          render: (name: string, a: PreDisclosureAttachment) =>
            linked ? (
              <a href={preDisclosuresApi.publicAttachmentUrl(item.id, a.sha256)} download={name}>
                {name}
              </a>
            ) : (
              name
            ),
        },
        {
          title: t('preDisclosure.attachments.type'),
          dataIndex: 'mimeType',
          key: 'type',
          width: 90,
          render: (mime: string) => kindOf(mime),
        },
        {
          title: t('preDisclosure.attachments.size'),
          dataIndex: 'size',
          key: 'size',
          width: 100,
          render: (size: number) => formatBytes(size),
        },
      ]}
    />
  );
}
