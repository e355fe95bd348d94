import { useState } from 'react';
import { App, Alert, Button, Space, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { POWERS_COLUMNS } from '../../../../shared/publicity-vocabulary.js';
import { ApiError, errorMessage } from '../../../api/client.js';
import { preDisclosuresApi, type PreDisclosure } from '../../../api/preDisclosure.js';
import { t } from '../../../i18n/index.js';

const XLSX = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Failure = { message: string; problems: string[] };

/**
 * 导入 Excel / 下载模板 of the 权责清单: the workbook replaces the table when every row is right;
 * otherwise nothing is imported and every bad row the server names is listed here.
 */
export function PowersImport({
  item,
  onImported,
}: {
  item: PreDisclosure;
  onImported: (next: PreDisclosure) => Promise<void>;
}) {
  const { message } = App.useApp();
  const [percent, setPercent] = useState<number | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);

  const start = (file: File) => {
    setFailure(null);
    if (!file.name.toLowerCase().endsWith('.xlsx')) {
      setFailure({ message: t('preDisclosure.editor.importNotXlsx'), problems: [] });
      return;
    }
    setPercent(0);
    preDisclosuresApi.importPowers(item.id, file, setPercent).promise.then(
      async (next) => {
        setPercent(null);
        await onImported(next);
        void message.success(
          t('preDisclosure.editor.imported', { count: next.body.table?.rows.length ?? 0 }),
        );
      },
      (error: unknown) => {
        setPercent(null);
        const problems = error instanceof ApiError ? error.fieldErrors.map((f) => f.message) : [];
        setFailure({ message: errorMessage(error), problems });
      },
    );
  };

  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        {t('preDisclosure.editor.powersColumns', { columns: POWERS_COLUMNS.join('、') })}
      </Typography.Text>
      <Space wrap>
        <Upload
          accept={XLSX}
          showUploadList={false}
          disabled={percent !== null}
          beforeUpload={(file) => {
            start(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <Button icon={<UploadOutlined />} loading={percent !== null}>
            {percent !== null
              ? t('preDisclosure.editor.importing', { percent })
              : t('preDisclosure.editor.import')}
          </Button>
        </Upload>
        <Button icon={<DownloadOutlined />} href={preDisclosuresApi.powersTemplateUrl()} download>
          {t('preDisclosure.editor.template')}
        </Button>
      </Space>
      {failure && (
        <Alert
          type="error"
          showIcon
          role="alert"
          closable={{ onClose: () => setFailure(null) }}
          title={
            failure.problems.length > 0
              ? t('preDisclosure.editor.importProblems', { count: failure.problems.length })
              : t('preDisclosure.editor.importFailed', { message: failure.message })
          }
          description={
            failure.problems.length > 0 && (
              <ul className="pre-disclosure-problems">
                {failure.problems.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            )
          }
        />
      )}
    </Space>
  );
}
