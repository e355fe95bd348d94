import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Progress, Space, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { preDisclosuresApi, type PreDisclosure } from '../../../api/preDisclosure.js';
import { formatBytes } from '../../../format.js';
import { t } from '../../../i18n/index.js';
import { AttachmentList } from './PreDisclosureBodyView.js';
import { preDisclosureChanged } from './preDisclosureQueries.js';
import { errorText } from '../../../components/formErrors.js';

const ACCEPT = '.pdf,.doc,.docx,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

type UploadItem = {
  uid: string;
  file: File;
  percent: number;
  status: 'uploading' | 'done' | 'error';
  error?: string;
  abort?: () => void;
};

/** 附件: PDF, Word and images added to the working copy (drag and drop, progress per file), and the list. */
export function PreDisclosureAttachments({ item }: { item: PreDisclosure }) {
  const queryClient = useQueryClient();
  const [uploads, setUploads] = useState<UploadItem[]>([]);
  const counter = useRef(0);
  const editable = item.abilities.edit;

  // uploads still running when the page is left are aborted
  const running = useRef(uploads);
  running.current = uploads;
  useEffect(() => () => running.current.forEach((u) => u.status === 'uploading' && u.abort?.()), []);

  const patch = (uid: string, change: Partial<UploadItem>) =>
    setUploads((list) => list.map((u) => (u.uid === uid ? { ...u, ...change } : u)));

  const run = (uid: string, file: File) => {
    const handle = preDisclosuresApi.attach(item.id, file, (percent) => patch(uid, { percent }));
    patch(uid, { status: 'uploading', percent: 0, error: undefined, abort: handle.abort });
    handle.promise.then(
      async (next) => {
        patch(uid, { status: 'done', percent: 100, abort: undefined });
        await preDisclosureChanged(queryClient, next);
      },
      (error: unknown) => patch(uid, { status: 'error', error: errorText(error), abort: undefined }),
    );
  };

  const start = (file: File) => {
    counter.current += 1;
    const uid = `a${counter.current}`;
    setUploads((list) => [{ uid, file, percent: 0, status: 'uploading' }, ...list]);
    run(uid, file);
  };

  return (
    <Card title={t('preDisclosure.body.attachments')} size="small">
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {editable && (
          <Upload.Dragger
            name="file"
            multiple
            accept={ACCEPT}
            showUploadList={false}
            beforeUpload={(file) => {
              start(file);
              return Upload.LIST_IGNORE;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined aria-hidden />
            </p>
            <p className="ant-upload-text">{t('preDisclosure.attachments.drop')}</p>
            <p className="ant-upload-hint">{t('preDisclosure.attachments.dropHint')}</p>
          </Upload.Dragger>
        )}
        {uploads.length > 0 && (
          <div className="upload-list">
            {uploads.map((u) => (
              <div key={u.uid} className="upload-item" aria-live="polite">
                <Flex justify="space-between" align="center" gap={8} wrap>
                  <Typography.Text strong ellipsis style={{ maxWidth: 360 }} title={u.file.name}>
                    {u.file.name}
                  </Typography.Text>
                  <Space size={4}>
                    <Typography.Text type="secondary">{formatBytes(u.file.size)}</Typography.Text>
                    {u.status === 'error' && (
                      <Button size="small" type="link" onClick={() => run(u.uid, u.file)}>
                        {t('preDisclosure.attachments.retry')}
                      </Button>
                    )}
                    {u.status !== 'uploading' && (
                      <Button
                        size="small"
                        type="link"
                        aria-label={t('preDisclosure.attachments.dismiss', { name: u.file.name })}
                        onClick={() => setUploads((list) => list.filter((x) => x.uid !== u.uid))}
                      >
                        {t('preDisclosure.attachments.close')}
                      </Button>
                    )}
                  </Space>
                </Flex>
                <Progress
                  percent={u.percent}
                  size="small"
                  status={u.status === 'error' ? 'exception' : u.status === 'done' ? 'success' : 'active'}
                  aria-label={t('common.labelValue', { label: u.file.name, value: `${u.percent}%` })}
                />
                {u.status === 'done' && (
                  <Typography.Text type="success">
                    {t('preDisclosure.attachments.uploaded', { name: u.file.name })}
                  </Typography.Text>
                )}
                {u.status === 'error' && (
                  <Typography.Text type="danger" role="alert">
                    {t('preDisclosure.attachments.failed', { name: u.file.name, message: u.error ?? '' })}
                  </Typography.Text>
                )}
              </div>
            ))}
          </div>
        )}
        <AttachmentList item={item} />
        {item.body.attachments.length > 0 && item.status !== 'published' && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('preDisclosure.attachments.notPublic')}
          </Typography.Text>
        )}
      </Space>
    </Card>
  );
}
