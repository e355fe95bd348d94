import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { t } from '../../i18n/index.js';

export function AdminNotFoundPage() {
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('common.notFoundTitle')}
      subTitle={t('common.notFoundText')}
      extra={
        <Button type="primary" onClick={() => void navigate('/admin')}>
          {t('admin.menu.dashboard')}
        </Button>
      }
    />
  );
}
