import type { ReactNode } from 'react';
import { Result } from 'antd';
import { canAccess, useSession, type PageKey } from '../../auth/session.js';
import { t } from '../../i18n/index.js';

/** Shows the page only to roles allowed to use it; others see a 403 explanation. */
export function RequirePage({ page, children }: { page: PageKey; children: ReactNode }) {
  const user = useSession();
  if (!canAccess(user, page)) {
    return <Result status="403" title={t('common.forbiddenTitle')} subTitle={t('common.forbiddenText')} />;
  }
  return <>{children}</>;
}
