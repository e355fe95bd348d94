import { t } from '../../../i18n/index.js';
import { usePageTitle } from '../usePageTitle.js';
import { CorrectionForm } from './CorrectionForm.js';
import { CorrectionLookup } from './CorrectionLookup.js';

/** 纠错申请: the request form (pre-filled with `?item=<id>`) and the lookup by tracking code. */
export function CorrectionPage() {
  usePageTitle(t('portal.correction.title'));
  return (
    <div className="portal-container portal-page">
      <section aria-labelledby="correction-title" className="portal-panel">
        <h2 id="correction-title" className="portal-page__title">
          {t('portal.correction.title')}
        </h2>
        <p className="portal-muted">{t('portal.correction.lead')}</p>
        <div className="portal-correction">
          <CorrectionForm />
          <section aria-labelledby="correction-lookup-title" className="portal-correction__lookup">
            <h3 id="correction-lookup-title" className="portal-section-title">
              {t('portal.correction.lookupTitle')}
            </h3>
            <p className="portal-muted">{t('portal.correction.lookupLead')}</p>
            <CorrectionLookup />
          </section>
        </div>
      </section>
    </div>
  );
}
