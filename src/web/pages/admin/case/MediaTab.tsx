import { useEffect, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  Progress,
  Row,
  Select,
  Space,
  Switch,
  Tag,
  Tooltip,
  Typography,
  Upload,
} from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { mediaApi } from '../../../api/cases.js';
import {
  type CaseMedia,
  type CaseView,
  type MediaCreated,
  type MediaUploadMeta,
} from '../../../api/types.js';
import { MEDIA_ACTIVITIES, type MediaActivity } from '../../../../shared/case-vocabulary.js';
import { activityLabel } from '../../../components/caseLabels.js';
import { errorText } from '../../../components/formErrors.js';
import { QueryError } from '../../../components/QueryError.js';
import { STATUS_COLORS } from '../../../components/StatusTag.js';
import { formatBytes, formatDateTime, toChinaIso } from '../../../format.js';
import { t } from '../../../i18n/index.js';
import { caseKey, useStaffNames, type CasePermissions } from './caseContext.js';

interface MetaValues {
  activity: MediaActivity;
  capturedAt?: Dayjs | null;
  device?: string;
  location?: string;
  continuous: boolean;
  insideHome: boolean;
  homeConsent: boolean;
}

interface UploadItem {
  uid: string;
  file: File;
  meta: MediaUploadMeta;
  percent: number;
  status: 'uploading' | 'done' | 'error';
  result?: MediaCreated;
  error?: string;
  abort?: () => void;
}

const ACTIVITY_OPTIONS = MEDIA_ACTIVITIES.map((a) => ({ value: a, label: activityLabel(a) }));

/** The metadata fields by name, to put a field's label before the server's message about it. */
const META_LABELS = {
  activity: t('cases.media.activity'),
  capturedAt: t('cases.media.capturedAt'),
  device: t('cases.media.device'),
  location: t('cases.media.location'),
  continuous: t('cases.media.continuous'),
  insideHome: t('cases.media.insideHome'),
  homeConsent: t('cases.media.homeConsent'),
};

const range = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

/** The capture time cannot be later than now (the server refuses it): later days, hours and minutes are off. */
const notFuture = {
  disabledDate: (d: Dayjs) => d.isAfter(dayjs(), 'day'),
  disabledTime: (d: Dayjs | null) => {
    const now = dayjs();
    if (!d?.isSame(now, 'day')) return {};
    return {
      disabledHours: () => range(now.hour() + 1, 24),
      disabledMinutes: (hour: number) => (hour === now.hour() ? range(now.minute() + 1, 60) : []),
    };
  },
};
const ACCEPT =
  'video/*,audio/*,image/*,.mp4,.mov,.3gp,.webm,.avi,.ts,.mp3,.m4a,.wav,.amr,.jpg,.jpeg,.png,.heic';

/** The activity the case still lacks a recording for (the AV blocker), to preselect it. */
function missingActivity(c: CaseView): MediaActivity | undefined {
  for (const b of c.blockers) {
    for (const m of b.missing) {
      const activity = m.startsWith('media:') ? m.slice('media:'.length) : '';
      if ((MEDIA_ACTIVITIES as readonly string[]).includes(activity)) return activity as MediaActivity;
    }
  }
  return undefined;
}

function MediaPlayer({ m }: { m: CaseMedia }) {
  const [failed, setFailed] = useState(false);
  const src = mediaApi.contentUrl(m.id);
  const label = t('common.separated', { a: activityLabel(m.activity), b: formatDateTime(m.capturedAt) });
  if (failed) {
    return (
      <div className="media-player media-player--fallback">
        <div>
          <Typography.Text type="secondary">{t('cases.media.unsupported')}</Typography.Text>
        </div>
        <div>
          <a href={src} target="_blank" rel="noreferrer">
            {t('cases.media.open')}
          </a>
        </div>
      </div>
    );
  }
  if (m.mimeType.startsWith('video/')) {
    return (
      <video
        className="media-player"
        controls
        preload="metadata"
        src={src}
        aria-label={label}
        onError={() => setFailed(true)}
      />
    );
  }
  if (m.mimeType.startsWith('audio/')) {
    return (
      <audio
        className="media-player media-player--audio"
        controls
        preload="metadata"
        src={src}
        aria-label={label}
      />
    );
  }
  return (
    <img className="media-player" src={src} alt={label} loading="lazy" onError={() => setFailed(true)} />
  );
}

function Sha256({ value }: { value: string }) {
  return (
    <Typography.Text className="mono sha256" copyable={{ text: value }}>
      {value}
    </Typography.Text>
  );
}

function LateTag({ late, due }: { late: boolean; due: string }) {
  return late ? (
    <Tooltip title={t('cases.media.lateTip', { due: formatDateTime(due) })}>
      <Tag color={STATUS_COLORS.overdue}>{t('cases.media.late')}</Tag>
    </Tooltip>
  ) : (
    <Tag color={STATUS_COLORS.done}>{t('cases.media.onTime')}</Tag>
  );
}

function MediaCard({ m, uploader }: { m: CaseMedia; uploader: string }) {
  return (
    <Card size="small" className="media-card" cover={<MediaPlayer m={m} />}>
      <Space size={[4, 4]} wrap style={{ marginBottom: 8 }}>
        <Tag color={STATUS_COLORS.pending}>{activityLabel(m.activity)}</Tag>
        <LateTag late={m.late} due={m.storageDueAt} />
        {m.continuous ? (
          <Tag>{t('cases.media.continuousTag')}</Tag>
        ) : (
          <Tag color={STATUS_COLORS.warning}>{t('cases.media.interruptedTag')}</Tag>
        )}
        {m.insideHome && <Tag>{t('cases.media.homeTag')}</Tag>}
        {m.insideHome &&
          (m.homeConsent ? (
            <Tag color={STATUS_COLORS.done}>{t('cases.media.consentTag')}</Tag>
          ) : (
            <Tag color={STATUS_COLORS.overdue}>{t('cases.media.noConsentTag')}</Tag>
          ))}
      </Space>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'capturedAt', label: t('cases.media.capturedAt'), children: formatDateTime(m.capturedAt) },
          {
            key: 'storedAt',
            label: t('cases.media.storedAt'),
            children: t('common.separated', { a: formatDateTime(m.storedAt), b: uploader }),
          },
          { key: 'size', label: t('cases.media.size'), children: formatBytes(m.size) },
          ...(m.device ? [{ key: 'device', label: t('cases.media.device'), children: m.device }] : []),
          ...(m.location
            ? [{ key: 'location', label: t('cases.media.location'), children: m.location }]
            : []),
          { key: 'sha256', label: t('cases.media.sha256'), children: <Sha256 value={m.sha256} /> },
          ...(m.sm3 ? [{ key: 'sm3', label: t('cases.media.sm3'), children: <Sha256 value={m.sm3} /> }] : []),
        ]}
      />
    </Card>
  );
}

function UploadRow({
  item,
  onRetry,
  onDismiss,
}: {
  item: UploadItem;
  onRetry: () => void;
  onDismiss: () => void;
}) {
  const r = item.result;
  return (
    <div className="upload-item" aria-live="polite">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text strong ellipsis style={{ maxWidth: 360 }} title={item.file.name}>
          {item.file.name}
        </Typography.Text>
        <Space size={4}>
          <Typography.Text type="secondary">{formatBytes(item.file.size)}</Typography.Text>
          {item.status === 'uploading' && (
            <Button size="small" type="link" onClick={() => item.abort?.()}>
              {t('cases.media.cancel')}
            </Button>
          )}
          {item.status === 'error' && (
            <Button size="small" type="link" onClick={onRetry}>
              {t('cases.media.retry')}
            </Button>
          )}
          {item.status !== 'uploading' && (
            <Button size="small" type="link" onClick={onDismiss}>
              {t('cases.media.dismiss')}
            </Button>
          )}
        </Space>
      </Flex>
      <Progress
        percent={item.percent}
        size="small"
        status={item.status === 'error' ? 'exception' : item.status === 'done' ? 'success' : 'active'}
        aria-label={t('common.labelValue', { label: item.file.name, value: `${item.percent}%` })}
      />
      {item.status === 'uploading' && (
        <Typography.Text type="secondary">{t('cases.media.uploading')}</Typography.Text>
      )}
      {item.status === 'error' && (
        <Typography.Text type="danger">
          {t('common.labelValue', { label: t('cases.media.failed'), value: item.error ?? '' })}
        </Typography.Text>
      )}
      {r && (
        <Flex vertical gap={4} className="upload-item__result">
          <Space size={4} wrap>
            <Tag color={STATUS_COLORS.done}>{t('cases.media.done')}</Tag>
            <Tag color={STATUS_COLORS.pending}>{activityLabel(r.activity)}</Tag>
            <LateTag late={r.late} due={r.storageDueAt} />
          </Space>
          <div>
            <Typography.Text type="secondary">
              {t('common.labelColon', { label: t('cases.media.sha256') })}
            </Typography.Text>
            <Sha256 value={r.sha256} />
          </div>
          {r.warnings.map((w) => (
            <Alert key={w} type="warning" showIcon title={w} />
          ))}
        </Flex>
      )}
    </div>
  );
}

export function MediaTab({ c, perms }: { c: CaseView; perms: CasePermissions }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const nameOf = useStaffNames(c);
  const [form] = Form.useForm<MetaValues>();
  const [uploads, setUploads] = useState<UploadItem[]>([]);
  const [checked, setChecked] = useState<string[]>([]);
  const insideHome = Form.useWatch('insideHome', form) ?? false;
  const homeConsent = Form.useWatch('homeConsent', form) ?? false;
  const counter = useRef(0);
  const canUpload = perms.write && c.stage !== 'archived';

  const media = useQuery({
    queryKey: [...caseKey(c.id), 'media'],
    queryFn: ({ signal }) => mediaApi.list(c.id, signal),
  });

  // Abort uploads still running when the page is left.
  const running = useRef(uploads);
  running.current = uploads;
  useEffect(() => () => running.current.forEach((u) => u.status === 'uploading' && u.abort?.()), []);

  const patch = (uid: string, change: Partial<UploadItem>) =>
    setUploads((list) => list.map((u) => (u.uid === uid ? { ...u, ...change } : u)));

  const run = (uid: string, file: File, meta: MediaUploadMeta) => {
    const handle = mediaApi.upload(c.id, file, meta, (percent) => patch(uid, { percent }));
    patch(uid, { status: 'uploading', percent: 0, error: undefined, abort: handle.abort });
    handle.promise.then(
      (result) => {
        patch(uid, { status: 'done', percent: 100, result, abort: undefined });
        void queryClient.invalidateQueries({ queryKey: caseKey(c.id) });
      },
      (error: unknown) =>
        patch(uid, { status: 'error', error: errorText(error, META_LABELS), abort: undefined }),
    );
  };

  const start = async (file: File) => {
    // the metadata first: a wrong capture time is shown next to its field, and nothing is sent
    try {
      await form.validateFields();
    } catch {
      void message.error(t('cases.media.fixMeta', { name: file.name }));
      return;
    }
    const v = form.getFieldsValue();
    const captured = v.capturedAt ?? dayjs();
    const meta: MediaUploadMeta = {
      activity: v.activity,
      capturedAt: toChinaIso(captured.toDate()),
      continuous: v.continuous,
      insideHome: v.insideHome,
      homeConsent: v.insideHome ? v.homeConsent : false,
      ...(v.device?.trim() ? { device: v.device.trim() } : {}),
      ...(v.location?.trim() ? { location: v.location.trim() } : {}),
    };
    counter.current += 1;
    const uid = `u${counter.current}`;
    setUploads((list) => [{ uid, file, meta, percent: 0, status: 'uploading' }, ...list]);
    run(uid, file, meta);
  };

  const items = media.data?.items ?? [];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {canUpload ? (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={16}>
            <Card size="small" title={t('cases.media.uploadTitle')}>
              <Form<MetaValues>
                name="mediaMeta"
                form={form}
                layout="vertical"
                initialValues={{
                  activity: missingActivity(c) ?? 'onsite_inspection',
                  capturedAt: dayjs(),
                  continuous: true,
                  insideHome: false,
                  homeConsent: false,
                }}
              >
                <Row gutter={16}>
                  <Col xs={24} md={12}>
                    <Form.Item name="activity" label={t('cases.media.activity')} rules={[{ required: true }]}>
                      <Select options={ACTIVITY_OPTIONS} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item
                      name="capturedAt"
                      label={t('cases.media.capturedAt')}
                      extra={t('cases.media.capturedAtHint')}
                      rules={[
                        {
                          validator: async (_, value: Dayjs | null | undefined) => {
                            if (value?.isAfter(dayjs(), 'minute'))
                              throw new Error(t('cases.media.capturedAtFuture'));
                          },
                        },
                      ]}
                    >
                      <DatePicker
                        showTime={{ format: 'HH:mm' }}
                        format="YYYY-MM-DD HH:mm"
                        style={{ width: '100%' }}
                        {...notFuture}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name="device" label={t('cases.media.device')}>
                      <Input maxLength={100} placeholder={t('cases.media.devicePlaceholder')} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name="location" label={t('cases.media.location')}>
                      <Input maxLength={300} />
                    </Form.Item>
                  </Col>
                </Row>
                <Flex wrap gap={24}>
                  <Form.Item
                    name="continuous"
                    label={t('cases.media.continuous')}
                    valuePropName="checked"
                    tooltip={t('cases.media.continuousHint')}
                  >
                    <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
                  </Form.Item>
                  <Form.Item name="insideHome" label={t('cases.media.insideHome')} valuePropName="checked">
                    <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
                  </Form.Item>
                  {insideHome && (
                    <Form.Item
                      name="homeConsent"
                      label={t('cases.media.homeConsent')}
                      valuePropName="checked"
                    >
                      <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
                    </Form.Item>
                  )}
                </Flex>
                {insideHome && !homeConsent && (
                  <Alert
                    type="warning"
                    showIcon
                    title={t('cases.media.homeWarning')}
                    style={{ marginBottom: 16 }}
                  />
                )}
              </Form>
              <Upload.Dragger
                name="file"
                multiple
                accept={ACCEPT}
                showUploadList={false}
                beforeUpload={(file) => {
                  void start(file);
                  return Upload.LIST_IGNORE;
                }}
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined aria-hidden />
                </p>
                <p className="ant-upload-text">{t('cases.media.drop')}</p>
                <p className="ant-upload-hint">{t('cases.media.dropHint')}</p>
              </Upload.Dragger>
              {uploads.length > 0 && (
                <div className="upload-list" aria-label={t('cases.media.files')}>
                  {uploads.map((u) => (
                    <UploadRow
                      key={u.uid}
                      item={u}
                      onRetry={() => run(u.uid, u.file, u.meta)}
                      onDismiss={() => setUploads((list) => list.filter((x) => x.uid !== u.uid))}
                    />
                  ))}
                </div>
              )}
            </Card>
          </Col>
          <Col xs={24} xl={8}>
            <Card size="small" title={t('cases.media.script')}>
              <Typography.Paragraph type="secondary">{t('cases.media.scriptHint')}</Typography.Paragraph>
              <Checkbox.Group
                value={checked}
                onChange={(v) => setChecked(v)}
                style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
                options={c.recordingScript.map((line, i) => ({ value: line, label: `${i + 1}. ${line}` }))}
                aria-label={t('cases.media.script')}
              />
            </Card>
          </Col>
        </Row>
      ) : (
        <Alert
          type="info"
          showIcon
          title={c.stage === 'archived' ? t('cases.media.archivedHint') : t('cases.media.readOnlyHint')}
        />
      )}

      <div>
        <Typography.Title level={3} style={{ fontSize: 16, margin: '0 0 12px' }}>
          {t('cases.media.listTitle')}
        </Typography.Title>
        {media.isError && <QueryError error={media.error} onRetry={() => void media.refetch()} />}
        {items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.media.empty')} />
        ) : (
          <Row gutter={[16, 16]}>
            {items.map((m) => (
              <Col key={m.id} xs={24} md={12} xl={8}>
                <MediaCard m={m} uploader={nameOf(m.uploadedBy)} />
              </Col>
            ))}
          </Row>
        )}
      </div>
    </Space>
  );
}
