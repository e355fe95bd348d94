import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Popconfirm,
  Result,
  Space,
  Steps,
  Tabs,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { ArrowLeftOutlined, ArrowRightOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { casesApi } from '../../api/cases.js';
import { isApiError, type ApiError } from '../../api/client.js';
import { type Blocker, type CaseView } from '../../api/types.js';
import { STAGES, type Stage } from '../../../shared/case-vocabulary.js';
import { missingItemLabel, useRecordTemplates } from '../../components/caseLabels.js';
import { errorText } from '../../components/formErrors.js';
import { PageLoading } from '../../components/PageLoading.js';
import { partyIdentityItems } from '../../components/partyLabels.js';
import { QueryError } from '../../components/QueryError.js';
import { CaseStatusTag, CertificateStatusTag, StageTag } from '../../components/StatusTag.js';
import { formatDate } from '../../format.js';
import { t } from '../../i18n/index.js';
import { CaseFileTab } from './case/CaseFileTab.js';
import { caseKey, casePermissions } from './case/caseContext.js';
import { DeadlinesPanel } from './case/DeadlinesPanel.js';
import { DecisionTab } from './case/DecisionTab.js';
import { ExecutionTab } from './case/ExecutionTab.js';
import { MediaTab } from './case/MediaTab.js';
import { PeriodsTab } from './case/PeriodsTab.js';
import { RecordsTab } from './case/RecordsTab.js';
import { TimelineTab } from './case/TimelineTab.js';

const TAB_KEYS = ['records', 'media', 'periods', 'decision', 'execution', 'timeline', 'caseFile'] as const;
type TabKey = (typeof TAB_KEYS)[number];

function CaseHeader({ c }: { c: CaseView }) {
  const activeOfficers = c.officers.filter((o) => o.removedAt === null);
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
      items={[
        { key: 'kind', label: t('cases.page.kind'), children: t(`cases.kinds.${c.kind}`) },
        {
          key: 'stage',
          label: t('cases.page.stage'),
          children: (
            <Space size={4}>
              <StageTag stage={c.stage} />
              <CaseStatusTag status={c.status} />
            </Space>
          ),
        },
        {
          key: 'party',
          label: t('cases.page.party'),
          children: t('common.withNote', {
            name: c.party.name,
            note: t(`cases.partyTypes.${c.party.type}`),
          }),
        },
        ...partyIdentityItems(c.party).map((i) => ({ key: i.key, label: i.label, children: i.value })),
        ...(c.party.legalRepresentative
          ? [
              {
                key: 'legalRepresentative',
                label: t('cases.page.legalRepresentative'),
                children: c.party.legalRepresentative,
              },
            ]
          : []),
        {
          key: 'officers',
          label: t('cases.page.officers'),
          children: (
            <Space size={[8, 2]} wrap>
              {activeOfficers.map((o) => (
                <span key={o.accountId}>
                  {o.certificateNo ? t('common.withNote', { name: o.name, note: o.certificateNo }) : o.name}
                  {o.certificateStatus !== 'valid' && o.certificateStatus !== 'none' && (
                    <CertificateStatusTag status={o.certificateStatus} />
                  )}
                  {o.certificateStatus === 'none' && <Tag>{t('cases.page.certificateInvalid')}</Tag>}
                </span>
              ))}
            </Space>
          ),
        },
        { key: 'discoveredOn', label: t('cases.page.discoveredOn'), children: formatDate(c.discoveredOn) },
        c.procedure === 'summary'
          ? { key: 'procedure', label: t('cases.page.procedure'), children: t('cases.page.summaryProcedure') }
          : {
              key: 'filedOn',
              label: t('cases.page.filedOn'),
              children: c.filedOn ? formatDate(c.filedOn) : t('cases.page.notFiled'),
            },
        ...(c.kind === 'penalty'
          ? [
              {
                key: 'limitation',
                label: t('cases.page.limitation'),
                children: c.limitationLastDay
                  ? `${formatDate(c.limitationLastDay)}${c.graveHarm ? t('cases.page.graveHarm') : ''}`
                  : t('cases.page.limitationContinuing'),
              },
            ]
          : []),
      ]}
    />
  );
}

/** Missing items that name something (a record, a recording, an officer, an execution step) rather than repeat the message. */
const informative = (item: string) =>
  /^(media|record|officer|officers|service|seizure|recheck|hand_in):/.test(item) ||
  ['payment', 'summary_filing'].includes(item);

function blockerItems(blockers: readonly Blocker[], labels: (item: string) => string): string[] {
  return [...new Set(blockers.flatMap((b) => (b.missing.length > 0 ? b.missing.map(labels) : [b.message])))];
}

function BlockersPanel({
  c,
  labels,
  advanceError,
}: {
  c: CaseView;
  labels: (item: string) => string;
  advanceError: ApiError | null;
}) {
  if (c.nextStage === null) {
    return <Alert type="success" showIcon title={t('cases.page.finished')} />;
  }
  const next = t(`cases.stages.${c.nextStage}`);
  const blockers = c.blockers;
  if (blockers.length === 0) {
    return (
      <>
        {advanceError && (
          <Alert type="error" showIcon title={errorText(advanceError)} style={{ marginBottom: 8 }} />
        )}
        <Alert type="success" showIcon title={t('cases.page.blockersOk', { stage: next })} />
      </>
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      role="status"
      title={t('cases.page.blockersTitle', {
        stage: next,
        items: blockerItems(blockers, labels).join('、'),
      })}
      description={
        <ul className="case-blockers">
          {blockers.map((b) => (
            <li key={b.code}>
              {b.missing.some(informative)
                ? t('common.labelValue', {
                    label: b.message,
                    value: b.missing.filter(informative).map(labels).join('、'),
                  })
                : b.message}
            </li>
          ))}
        </ul>
      }
    />
  );
}

function AdvanceButton({
  c,
  onAdvanced,
  onError,
}: {
  c: CaseView;
  onAdvanced: (view: CaseView) => void;
  onError: (error: ApiError | null) => void;
}) {
  const { message } = App.useApp();
  const next = c.nextStage;
  const advance = useMutation({
    mutationFn: (to: Stage) => casesApi.advance(c.id, to),
    onSuccess: (view) => {
      onError(null);
      void message.success(t('cases.page.advanced', { stage: t(`cases.stages.${view.stage}`) }));
      onAdvanced(view);
    },
    onError: (error) => {
      if (isApiError(error)) onError(error);
      void message.error(errorText(error));
    },
  });
  if (next === null) return null;
  const label =
    c.stage === 'initiated'
      ? t('cases.page.approveFiling')
      : t('cases.page.advance', { stage: t(`cases.stages.${next}`) });
  const blocked = c.blockers.length > 0;
  const button = (
    <Button
      type="primary"
      icon={<ArrowRightOutlined />}
      disabled={blocked}
      loading={advance.isPending}
      aria-describedby="case-next-stage-conditions"
    >
      {label}
    </Button>
  );
  if (blocked) {
    return <Tooltip title={t('cases.page.advanceBlockedTip')}>{button}</Tooltip>;
  }
  return (
    <Popconfirm
      title={t('cases.page.advanceConfirm', { stage: t(`cases.stages.${next}`) })}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      onConfirm={() => advance.mutate(next)}
    >
      {button}
    </Popconfirm>
  );
}

export function CasePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const tab: TabKey = (TAB_KEYS as readonly string[]).includes(tabParam ?? '')
    ? (tabParam as TabKey)
    : 'records';
  const [advanceError, setAdvanceError] = useState<ApiError | null>(null);
  const templates = useRecordTemplates();

  const view = useQuery({
    queryKey: caseKey(id),
    queryFn: ({ signal }) => casesApi.get(id, signal),
  });

  if (view.isPending) return <PageLoading />;
  if (view.isError) {
    if (isApiError(view.error) && [400, 403, 404].includes(view.error.status)) {
      return (
        <Result
          status={view.error.status === 403 ? '403' : '404'}
          title={t('cases.page.notFound')}
          extra={
            <Button type="primary" onClick={() => void navigate('/admin/cases')}>
              {t('cases.page.backToList')}
            </Button>
          }
        />
      );
    }
    return <QueryError error={view.error} onRetry={() => void view.refetch()} />;
  }

  const c = view.data;
  const perms = casePermissions(c);
  const labels = (item: string) => missingItemLabel(item, templates.data, c.officers);
  // a summary decision starts the case in 送达执行: its steps are the decision, execution, closing
  const steps: readonly (Stage | 'summary_decision')[] =
    c.procedure === 'summary' ? ['summary_decision', 'execution', 'archived'] : STAGES;
  const current = steps.indexOf(c.stage);
  const executionVisible = c.stage === 'execution' || c.stage === 'archived';
  const activeTab =
    (tab === 'execution' && !executionVisible) || (tab === 'decision' && c.procedure === 'summary')
      ? 'records'
      : tab;
  const onAdvanced = (updated: CaseView) => {
    queryClient.setQueryData(caseKey(id), updated);
    void queryClient.invalidateQueries({ queryKey: caseKey(id) });
    void queryClient.invalidateQueries({ queryKey: ['cases'] });
    void queryClient.invalidateQueries({ queryKey: ['deadlines'] });
    // a 立案 approved here leaves the head's 审批待办
    void queryClient.invalidateQueries({ queryKey: ['approvals'] });
  };

  return (
    <section aria-label={c.title}>
      <Flex justify="space-between" align="flex-start" wrap gap={12} style={{ marginBottom: 16 }}>
        <div style={{ minWidth: 0, flex: '1 1 420px' }}>
          <Link to="/admin/cases" className="case-back">
            <ArrowLeftOutlined aria-hidden /> {t('cases.page.backToList')}
          </Link>
          <Typography.Title level={2} style={{ margin: '4px 0 0', fontSize: 20, overflowWrap: 'anywhere' }}>
            {c.title}
          </Typography.Title>
          <Typography.Text type="secondary">{c.number}</Typography.Text>
        </div>
        {perms.approve && (
          <AdvanceButton
            c={c}
            onAdvanced={onAdvanced}
            onError={(error) => {
              setAdvanceError(error);
              // The case changed under us (a 409 lists the blockers): show its current state.
              if (error) void queryClient.invalidateQueries({ queryKey: caseKey(id) });
            }}
          />
        )}
      </Flex>

      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card>
          <CaseHeader c={c} />
        </Card>

        <Card title={t('cases.page.progress')}>
          <Steps
            current={current}
            status={c.status === 'terminated' ? 'error' : c.stage === 'archived' ? 'finish' : 'process'}
            items={steps.map((s, i) => ({
              key: s,
              title: (
                <>
                  {s === 'summary_decision' ? t('cases.page.summaryDecisionStep') : t(`cases.stages.${s}`)}
                  {i === current && <span className="sr-only">{t('cases.page.currentStage')}</span>}
                </>
              ),
            }))}
            style={{ marginBottom: 16 }}
            aria-label={t('cases.page.progress')}
          />
          <div id="case-next-stage-conditions">
            <BlockersPanel c={c} labels={labels} advanceError={advanceError} />
          </div>
        </Card>

        <DeadlinesPanel deadlines={c.deadlines} />

        <Card>
          <Tabs
            activeKey={activeTab}
            onChange={(key) => {
              const next = new URLSearchParams(params);
              next.set('tab', key);
              setParams(next, { replace: true });
            }}
            items={[
              {
                key: 'records',
                label: t('cases.page.tabs.records'),
                children: <RecordsTab c={c} perms={perms} />,
              },
              {
                key: 'media',
                label: t('cases.page.tabs.media'),
                children: <MediaTab c={c} perms={perms} />,
              },
              {
                key: 'periods',
                label: t('cases.page.tabs.periods'),
                children: <PeriodsTab c={c} perms={perms} />,
              },
              // a summary decision was made on the spot: no review or decision stage to show
              ...(c.procedure === 'summary'
                ? []
                : [
                    {
                      key: 'decision',
                      label: t('cases.page.tabs.decision'),
                      children: <DecisionTab c={c} perms={perms} />,
                    },
                  ]),
              // 送达执行 from the execution stage on (and readable once archived).
              ...(executionVisible
                ? [
                    {
                      key: 'execution',
                      label: t('cases.page.tabs.execution'),
                      children: <ExecutionTab c={c} perms={perms} />,
                    },
                  ]
                : []),
              {
                key: 'timeline',
                label: t('cases.page.tabs.timeline'),
                children: <TimelineTab c={c} />,
              },
              {
                key: 'caseFile',
                label: t('cases.page.tabs.caseFile'),
                children: <CaseFileTab c={c} />,
              },
            ]}
          />
        </Card>
      </Space>
    </section>
  );
}
