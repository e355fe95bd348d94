import type { SiteInfo } from '../../../shared/contracts/site.js';
import { PORTAL_SETTINGS, type PortalSettingKey } from '../parameters/parameter.definitions.js';
import type { ParameterService } from '../parameters/parameter.service.js';

/** What the portal shows about itself: the body and the 政府网站 footer (parameters `portal.*`). */
export class SiteService {
  constructor(
    private readonly parameters: ParameterService,
    private readonly bodyName: string,
  ) {}

  async info(): Promise<SiteInfo> {
    const keys = Object.keys(PORTAL_SETTINGS) as PortalSettingKey[];
    const values = await Promise.all(keys.map(async (k) => String(await this.parameters.get(k)).trim()));
    const v = Object.fromEntries(keys.map((k, i) => [k, values[i] ?? ''])) as Record<
      PortalSettingKey,
      string
    >;
    return {
      bodyName: this.bodyName,
      sponsor: v['portal.sponsor'] || this.bodyName,
      siteCode: v['portal.siteCode'],
      icp: v['portal.icp'],
      publicSecurityRecord: v['portal.publicSecurityRecord'],
      address: v['portal.address'],
      phone: v['portal.phone'],
    };
  }
}
