import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { calendarApi } from '../api/admin.js';
import { ApiError, errorMessage } from '../api/client.js';
import type { CalendarUpload } from '../api/types.js';
import { t } from '../i18n/index.js';
import { detailLines } from './errorDetails.js';

class LocalFileError extends Error {}

async function readCalendarFile(file: File): Promise<CalendarUpload> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch (cause) {
    throw new LocalFileError(
      t('admin.calendar.notJson', { reason: cause instanceof Error ? cause.message : '' }),
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new LocalFileError(t('admin.calendar.invalid'));
  }
  // Send only the documented fields (the holiday-cn files also carry $schema and $id); their
  // contents are the server's to check, which answers each problem with its path.
  const rec = parsed as Record<string, unknown>;
  const upload: Partial<Record<keyof CalendarUpload, unknown>> = {
    year: rec['year'],
    ...(rec['papers'] === undefined ? {} : { papers: rec['papers'] }),
    days: rec['days'],
  };
  return upload as CalendarUpload;
}

/** Load a new year's State Council schedule from a JSON file (read in the browser, posted as JSON). */
export function CalendarUploadButton({ onUploaded }: { onUploaded: (year: number) => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);

  const upload = useMutation({
    mutationFn: async (file: File) => {
      const body = await readCalendarFile(file);
      await calendarApi.upload(body);
      return Number(body.year);
    },
    onSuccess: async (year) => {
      setError(null);
      await queryClient.invalidateQueries({ queryKey: ['calendar'] });
      void message.success(t('admin.calendar.uploaded', { year }));
      onUploaded(year);
    },
    onError: (e) => setError(e),
  });

  const lines = detailLines(error);
  const title =
    error instanceof LocalFileError
      ? error.message
      : error instanceof ApiError
        ? error.message
        : errorMessage(error);

  return (
    <>
      <Upload
        accept=".json,application/json"
        showUploadList={false}
        maxCount={1}
        beforeUpload={(file) => {
          upload.mutate(file);
          return Upload.LIST_IGNORE;
        }}
      >
        <Button icon={<UploadOutlined />} loading={upload.isPending}>
          {t('admin.calendar.upload')}
        </Button>
      </Upload>
      {error !== null && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setError(null) }}
          style={{ marginTop: 12 }}
          title={title}
          description={
            lines.length > 0 ? (
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {lines.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
    </>
  );
}
