import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Col, Flex, Popconfirm, Result, Row, Space, Typography } from 'antd';
import { ArrowLeftOutlined, ExportOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../api/client.js';
import { disclosuresApi } from '../../../api/publicity.js';
import type { Disclosure } from '../../../api/types.js';
import { canAccess, useSession } from '../../../auth/session.js';
import { PageLoading } from '../../../components/PageLoading.js';
import { QueryError } from '../../../components/QueryError.js';
import { ReasonModal } from '../../../components/ReasonModal.js';
import { t } from '../../../i18n/index.js';
import { DisclosureHistory } from './DisclosureHistory.js';
import { DisclosureInfoCard } from './DisclosureInfoCard.js';
import { CheckModal, HoldModal, SummaryEditModal, WithdrawModal } from './DisclosureModals.js';
import { DisclosureSummaryCard } from './DisclosureSummaryCard.js';
import { DisclosureStatusTag, DueStateTag } from './DisclosureTags.js';
import { RedactionReview } from './RedactionReview.js';
import { disclosureChanged, useDisclosure } from './publicityQueries.js';
import { errorText } from '../../../components/formErrors.js';

type Dialog = 'edit' | 'hold' | 'check' | 'withdraw' | 'reopen' | 'return';

/** A one-click step (submit, approve) behind a confirmation. */
function ConfirmStep({
  label,
  confirm,
  primary,
  run,
  done,
}: {
  label: string;
  confirm: string;
  primary?: boolean;
  run: () => Promise<Disclosure>;
  done: (item: Disclosure) => string;
}) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const step = useMutation({
    mutationFn: run,
    onSuccess: async (next) => {
      await disclosureChanged(queryClient, next);
      void message.success(done(next));
    },
    onError: (e) => void message.error(errorText(e)),
  });
  return (
    <Popconfirm
      title={confirm}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      onConfirm={() => step.mutateAsync().catch(() => undefined)}
    >
      <Button type={primary ? 'primary' : 'default'} loading={step.isPending}>
        {label}
      </Button>
    </Popconfirm>
  );
}

/** The actions the item offers the caller now (from the server's `abilities`; each call checks again). */
function Actions({ item, open }: { item: Disclosure; open: (d: Dialog) => void }) {
  const a = item.abilities;
  return (
    <Space wrap>
      {a.edit && <Button onClick={() => open('hold')}>{t('publicity.actions.hold')}</Button>}
      {a.submit && (
        <ConfirmStep
          primary
          label={t('publicity.actions.submit')}
          confirm={t('publicity.actions.submitConfirm')}
          run={() => disclosuresApi.submit(item.id)}
          done={() => t('publicity.actions.submitted')}
        />
      )}
      {a.check && (
        <Button type="primary" onClick={() => open('check')}>
          {t('publicity.actions.check')}
        </Button>
      )}
      {a.approve && (
        <ConfirmStep
          primary
          label={item.hold ? t('publicity.actions.approveHold') : t('publicity.actions.approve')}
          confirm={
            item.hold ? t('publicity.actions.approveHoldConfirm') : t('publicity.actions.approveConfirm')
          }
          run={() => disclosuresApi.approve(item.id)}
          done={(next) =>
            next.status === 'held' ? t('publicity.actions.held') : t('publicity.actions.approved')
          }
        />
      )}
      {a.return && (
        <Button onClick={() => open('return')}>
          {item.hold ? t('publicity.actions.refuseHold') : t('publicity.actions.sendBack')}
        </Button>
      )}
      {a.withdraw && (
        <Button danger onClick={() => open('withdraw')}>
          {t('publicity.actions.withdraw')}
        </Button>
      )}
      {a.reopen && <Button onClick={() => open('reopen')}>{t('publicity.actions.reopen')}</Button>}
    </Space>
  );
}

/**
 * 公示事项: the summary, the redaction review (original beside redacted), where the item stands and
 * its history, with the 填报 → 审核 → 审批 steps the caller may take.
 */
export function DisclosurePage() {
  const { id = '' } = useParams();
  const user = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const query = useDisclosure(id);

  if (query.isPending) return <PageLoading />;
  if (query.isError) {
    if (isApiError(query.error) && [400, 403, 404].includes(query.error.status)) {
      return (
        <Result
          status={query.error.status === 403 ? '403' : '404'}
          title={t('publicity.page.notFound')}
          extra={
            <Button type="primary" onClick={() => void navigate('/admin/disclosures')}>
              {t('publicity.page.back')}
            </Button>
          }
        />
      );
    }
    return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  }

  const item = query.data;
  const title = item.summary.caseName || item.caseTitle;
  const marksEditable = (item.status === 'draft' && item.abilities.edit) || item.abilities.check;
  const public_ = item.status === 'published' || item.status === 'withdrawn';

  return (
    <section aria-label={t('publicity.page.title', { title })}>
      <Flex justify="space-between" align="flex-start" wrap gap={12} style={{ marginBottom: 16 }}>
        <div style={{ minWidth: 0, flex: '1 1 420px' }}>
          <Link to="/admin/disclosures" className="case-back">
            <ArrowLeftOutlined aria-hidden /> {t('publicity.page.back')}
          </Link>
          <Typography.Title level={2} style={{ margin: '4px 0 0', fontSize: 20, overflowWrap: 'anywhere' }}>
            {t('publicity.page.title', { title })}
          </Typography.Title>
          <Space size={[8, 4]} wrap>
            <Typography.Text type="secondary">
              {t('publicity.page.meta', {
                number: item.documentNumber ?? item.caseNumber,
                department: item.departmentName,
              })}
            </Typography.Text>
            <DisclosureStatusTag status={item.status} />
            <DueStateTag state={item.dueState} />
            {item.withdrawalDue && <DueStateTag state={item.withdrawalDueState} withdrawal />}
          </Space>
        </div>
        <Space wrap>
          {canAccess(user, 'cases') && (
            <Button onClick={() => void navigate(`/admin/cases/${item.caseId}`)}>
              {t('publicity.page.viewCase')}
            </Button>
          )}
          {public_ && (
            <Button icon={<ExportOutlined />} href={`/results/${item.id}`} target="_blank" rel="noopener">
              {t('publicity.page.viewPortal')}
            </Button>
          )}
          <Actions item={item} open={setDialog} />
        </Space>
      </Flex>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <DisclosureSummaryCard item={item} onEdit={item.abilities.edit ? () => setDialog('edit') : null} />
        </Col>
        <Col xs={24} xl={9}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <DisclosureInfoCard item={item} />
            <DisclosureHistory steps={item.steps} />
          </Space>
        </Col>
        <Col xs={24}>
          <RedactionReview item={item} editable={marksEditable} />
        </Col>
      </Row>

      {dialog === 'edit' && <SummaryEditModal item={item} onClose={() => setDialog(null)} />}
      {dialog === 'hold' && <HoldModal item={item} onClose={() => setDialog(null)} />}
      {dialog === 'check' && <CheckModal item={item} onClose={() => setDialog(null)} />}
      {dialog === 'withdraw' && <WithdrawModal item={item} onClose={() => setDialog(null)} />}
      {dialog === 'return' && (
        <ReasonModal
          title={item.hold ? t('publicity.actions.refuseHold') : t('publicity.actions.sendBack')}
          hint={item.hold ? t('publicity.actions.refuseHoldHint') : t('publicity.actions.sendBackHint')}
          label={t('publicity.actions.sendBackComment')}
          okText={t('common.confirm')}
          submit={(comment) => disclosuresApi.sendBack(item.id, comment)}
          onDone={async (next) => {
            await disclosureChanged(queryClient, next);
            void message.success(t('publicity.actions.sentBack'));
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'reopen' && (
        <ReasonModal
          title={t('publicity.actions.reopenTitle')}
          hint={t('publicity.actions.reopenHint')}
          label={t('publicity.actions.reopenReason')}
          okText={t('publicity.actions.reopen')}
          submit={(reason) => disclosuresApi.reopen(item.id, reason)}
          onDone={async (next) => {
            await disclosureChanged(queryClient, next);
            void message.success(t('publicity.actions.reopened'));
          }}
          onClose={() => setDialog(null)}
        />
      )}
    </section>
  );
}
