import { t } from '../i18n/index.js';

/** A plain loading indicator (no antd: it is shown before the back-office chunk has arrived). */
export function PageLoading() {
  return (
    <div
      role="status"
      aria-live="polite"
      style={{ display: 'grid', placeItems: 'center', minHeight: '60vh', color: '#4a5568', fontSize: 15 }}
    >
      {t('common.loading')}
    </div>
  );
}
