import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Flex, Popconfirm, Result, Row, Space, Typography } from 'antd';
import { ArrowLeftOutlined, ExportOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../api/client.js';
import { preDisclosuresApi, type PreDisclosure } from '../../../api/preDisclosure.js';
import { PageLoading } from '../../../components/PageLoading.js';
import { QueryError } from '../../../components/QueryError.js';
import { formatDate } from '../../../format.js';
import { t } from '../../../i18n/index.js';
import { DueStateTag } from '../publicity/DisclosureTags.js';
import { PreDisclosureAttachments } from './PreDisclosureAttachments.js';
import { PreDisclosureBodyView } from './PreDisclosureBodyView.js';
import { PreDisclosureEditor } from './PreDisclosureEditor.js';
import { PreDisclosureHistory } from './PreDisclosureHistory.js';
import { PreDisclosureInfoCard } from './PreDisclosureInfoCard.js';
import { CheckModal, SendBackModal, WithdrawModal } from './PreDisclosureModals.js';
import { GeneratedTag, PreDisclosureStatusTag } from './PreDisclosureTags.js';
import { preDisclosureChanged, usePreDisclosure } from './preDisclosureQueries.js';
import '../../../styles/admin-pre-disclosure.css';
import { errorText } from '../../../components/formErrors.js';

type Dialog = 'checkOk' | 'checkReturn' | 'sendBack' | 'withdraw';

/** A one-click step (submit, approve) behind a confirmation; a refusal shows the server's reason. */
function ConfirmStep({
  label,
  confirm,
  disabled,
  run,
  done,
}: {
  label: string;
  confirm: string;
  disabled?: boolean;
  run: () => Promise<PreDisclosure>;
  done: (item: PreDisclosure) => string;
}) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const step = useMutation({
    mutationFn: run,
    onSuccess: async (next) => {
      await preDisclosureChanged(queryClient, next);
      void message.success(done(next));
    },
    onError: (e) => void message.error(errorText(e)),
  });
  return (
    <Popconfirm
      title={confirm}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      disabled={disabled}
      onConfirm={() => step.mutateAsync().catch(() => undefined)}
    >
      <Button type="primary" loading={step.isPending} disabled={disabled}>
        {label}
      </Button>
    </Popconfirm>
  );
}

/** The steps the item offers the caller now (from the server's `abilities`; each call checks again). */
function Actions({ item, dirty, open }: { item: PreDisclosure; dirty: boolean; open: (d: Dialog) => void }) {
  const a = item.abilities;
  return (
    <Space wrap>
      {a.submit && (
        <ConfirmStep
          label={t('preDisclosure.actions.submit')}
          confirm={t('preDisclosure.actions.submitConfirm')}
          disabled={dirty}
          run={() => preDisclosuresApi.submit(item.id)}
          done={() => t('preDisclosure.actions.submitted')}
        />
      )}
      {a.check && (
        <>
          <Button type="primary" onClick={() => open('checkOk')}>
            {t('preDisclosure.actions.checkOk')}
          </Button>
          <Button onClick={() => open('checkReturn')}>{t('preDisclosure.actions.checkReturn')}</Button>
        </>
      )}
      {a.approve && (
        <ConfirmStep
          label={t('preDisclosure.actions.approve')}
          confirm={t('preDisclosure.actions.approveConfirm')}
          run={() => preDisclosuresApi.approve(item.id)}
          done={(next) => t('preDisclosure.actions.approved', { version: next.publishedVersion ?? 0 })}
        />
      )}
      {a.return && <Button onClick={() => open('sendBack')}>{t('preDisclosure.actions.sendBack')}</Button>}
      {a.withdraw && (
        <Button danger onClick={() => open('withdraw')}>
          {t('preDisclosure.actions.withdraw')}
        </Button>
      )}
    </Space>
  );
}

/**
 * 事前公开事项: where it stands, its content (an editor for the 填报人 while it may change, read-only
 * otherwise), its attachments and history, with the 填报 → 审核 → 审批 steps the caller may take.
 */
export function PreDisclosurePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [dirty, setDirty] = useState(false);
  const query = usePreDisclosure(id);

  if (query.isPending) return <PageLoading />;
  if (query.isError) {
    if (isApiError(query.error) && [400, 403, 404].includes(query.error.status)) {
      return (
        <Result
          status={query.error.status === 403 ? '403' : '404'}
          title={t('preDisclosure.page.notFound')}
          extra={
            <Button type="primary" onClick={() => void navigate('/admin/pre-disclosures')}>
              {t('preDisclosure.page.back')}
            </Button>
          }
        />
      );
    }
    return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  }

  const item = query.data;
  const editing = item.abilities.edit;

  return (
    <section aria-label={item.title}>
      <Flex justify="space-between" align="flex-start" wrap gap={12} style={{ marginBottom: 16 }}>
        <div style={{ minWidth: 0, flex: '1 1 420px' }}>
          <Link to="/admin/pre-disclosures" className="case-back">
            <ArrowLeftOutlined aria-hidden /> {t('preDisclosure.page.back')}
          </Link>
          <Typography.Title level={2} style={{ margin: '4px 0 0', fontSize: 20, overflowWrap: 'anywhere' }}>
            {item.title}
          </Typography.Title>
          <Space size={[8, 4]} wrap>
            <Typography.Text type="secondary">
              {t('preDisclosure.page.meta', {
                section: t(`preDisclosure.sections.${item.section}`),
                department: item.departmentName,
              })}
            </Typography.Text>
            {item.generated && <GeneratedTag />}
            <PreDisclosureStatusTag status={item.status} />
            <Typography.Text type="secondary">
              {t('common.labelValue', {
                label: t('preDisclosure.page.due'),
                value: formatDate(item.due),
              })}
            </Typography.Text>
            <DueStateTag state={item.dueState} />
            <Typography.Text type="secondary">
              {t('common.labelValue', {
                label: t('preDisclosure.page.version'),
                value:
                  item.publishedVersion !== null
                    ? t('preDisclosure.list.versionN', { version: item.publishedVersion })
                    : t('preDisclosure.page.versionNone'),
              })}
            </Typography.Text>
          </Space>
        </div>
        <Space wrap>
          {item.publishedVersion !== null && (
            <Button icon={<ExportOutlined />} href={`/prior/items/${item.id}`} target="_blank" rel="noopener">
              {t('preDisclosure.page.viewPortal')}
            </Button>
          )}
          <Actions item={item} dirty={dirty} open={setDialog} />
        </Space>
      </Flex>
      {editing && item.abilities.submit && dirty && (
        <Alert
          type="warning"
          showIcon
          title={t('preDisclosure.actions.submitDirty')}
          style={{ marginBottom: 16 }}
        />
      )}

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            {editing ? (
              <PreDisclosureEditor key={item.id} item={item} onDirty={setDirty} />
            ) : (
              <Card title={t('preDisclosure.page.content')}>
                <Typography.Paragraph type="secondary">
                  {t('preDisclosure.page.readOnly')}
                </Typography.Paragraph>
                <PreDisclosureBodyView body={item.body} />
              </Card>
            )}
            <PreDisclosureAttachments item={item} />
          </Space>
        </Col>
        <Col xs={24} xl={8}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <PreDisclosureInfoCard item={item} />
            <PreDisclosureHistory steps={item.steps} />
          </Space>
        </Col>
      </Row>

      {(dialog === 'checkOk' || dialog === 'checkReturn') && (
        <CheckModal item={item} ok={dialog === 'checkOk'} onClose={() => setDialog(null)} />
      )}
      {dialog === 'sendBack' && <SendBackModal item={item} onClose={() => setDialog(null)} />}
      {dialog === 'withdraw' && <WithdrawModal item={item} onClose={() => setDialog(null)} />}
    </section>
  );
}
