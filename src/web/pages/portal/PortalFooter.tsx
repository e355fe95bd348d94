import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { siteApi } from '../../api/site.js';
import { t } from '../../i18n/index.js';

/** The MIIT filing system every ICP number links to (非经营性互联网信息服务备案管理办法 Art. 13). */
const MIIT_BEIAN = 'https://beian.miit.gov.cn/';
/** The national 我为政府网站找错 platform, by the site's 网站标识码. */
const FIND_ERRORS = 'https://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteInfo.action?sitecode=';
/** The Ministry of Public Security's filing lookup, by the record's number. */
const MPS_BEIAN = 'https://beian.mps.gov.cn/#/query/webSearch?code=';

/**
 * The 政府网站 footer: 主办单位 and contact, 网站标识码, ICP备案编号 (linked to the MIIT system),
 * 公安机关备案号, and 政府网站找错 (the national platform when the site has its code, else our
 * correction page). The settings are parameters (`portal.*`, GET /api/v1/public/site); a blank one
 * is left out.
 */
export function PortalFooter() {
  const site = useQuery({
    queryKey: ['public', 'site'],
    queryFn: ({ signal }) => siteApi.info(signal),
    staleTime: 5 * 60_000,
  });
  const s = site.data;
  const sponsor = s?.sponsor || t('common.bodyName');
  const securityDigits = s?.publicSecurityRecord.match(/\d{8,}/)?.[0];
  return (
    <footer className="portal-footer">
      <div className="portal-footer__inner">
        <ul className="portal-footer__links" aria-label={t('portal.footer.links')}>
          <li>
            {s?.siteCode ? (
              <a
                href={`${FIND_ERRORS}${encodeURIComponent(s.siteCode)}`}
                target="_blank"
                rel="noopener noreferrer"
              >
                {t('portal.footer.findErrors')}
              </a>
            ) : (
              <Link to="/correction">{t('portal.footer.findErrors')}</Link>
            )}
          </li>
          <li>
            <Link to="/correction">{t('portal.nav.correction')}</Link>
          </li>
          <li>
            <Link to="/display">{t('portal.footer.display')}</Link>
          </li>
        </ul>
        <p className="portal-footer__line">
          <span>{t('portal.footer.sponsor', { sponsor })}</span>
          {s?.address && <span>{t('portal.footer.address', { address: s.address })}</span>}
          {s?.phone && <span>{t('portal.footer.phone', { phone: s.phone })}</span>}
        </p>
        {(s?.siteCode || s?.icp || s?.publicSecurityRecord) && (
          <p className="portal-footer__line">
            {s.siteCode && <span>{t('portal.footer.siteCode', { code: s.siteCode })}</span>}
            {s.icp && (
              <span>
                <a href={MIIT_BEIAN} target="_blank" rel="noopener noreferrer">
                  {s.icp}
                </a>
              </span>
            )}
            {s.publicSecurityRecord && (
              <span>
                {securityDigits ? (
                  <a href={`${MPS_BEIAN}${securityDigits}`} target="_blank" rel="noopener noreferrer">
                    {s.publicSecurityRecord}
                  </a>
                ) : (
                  s.publicSecurityRecord
                )}
              </span>
            )}
          </p>
        )}
        <p className="portal-footer__note">{t('portal.footer.note')}</p>
      </div>
    </footer>
  );
}
