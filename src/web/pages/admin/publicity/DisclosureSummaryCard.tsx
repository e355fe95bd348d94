import { Button, Card, Descriptions } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import type { Disclosure } from '../../../api/types.js';
import { formatDate } from '../../../format.js';
import { t } from '../../../i18n/index.js';

/** The summary form of the decision (GD-PUB Art. 13) as the back office holds it (before redaction). */
export function DisclosureSummaryCard({ item, onEdit }: { item: Disclosure; onEdit: (() => void) | null }) {
  const s = item.summary;
  return (
    <Card
      title={t('publicity.page.summary')}
      size="small"
      extra={
        onEdit && (
          <Button size="small" icon={<EditOutlined />} onClick={onEdit}>
            {t('publicity.page.editSummary')}
          </Button>
        )
      }
    >
      <Descriptions
        column={1}
        size="small"
        bordered
        styles={{ label: { width: 120 } }}
        items={[
          {
            key: 'documentNumber',
            label: t('publicity.fields.documentNumber'),
            children: s.documentNumber ?? t('common.none'),
          },
          { key: 'caseName', label: t('publicity.fields.caseName'), children: s.caseName },
          {
            key: 'partyType',
            label: t('publicity.fields.partyType'),
            children: t(`publicity.partyTypes.${s.partyType}`),
          },
          {
            key: 'facts',
            label: t('publicity.fields.facts'),
            children: <div className="pre-wrap">{s.facts}</div>,
          },
          {
            key: 'basis',
            label: t('publicity.fields.basis'),
            children: <div className="pre-wrap">{s.basis}</div>,
          },
          {
            key: 'decision',
            label: t('publicity.fields.decision'),
            children: <div className="pre-wrap">{s.decision}</div>,
          },
          { key: 'body', label: t('publicity.fields.body'), children: s.body },
          { key: 'decidedOn', label: t('publicity.fields.decidedOn'), children: formatDate(s.decidedOn) },
        ]}
      />
    </Card>
  );
}
