import { Alert, Button } from 'antd';
import { errorMessage } from '../api/client.js';
import { t } from '../i18n/index.js';

/** An error alert for a failed load, with a retry button. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <Alert
      type="error"
      showIcon
      title={errorMessage(error)}
      style={{ marginBottom: 16 }}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
