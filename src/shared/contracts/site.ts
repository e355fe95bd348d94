import { z } from 'zod';

/**
 * What the portal shows about the site itself (the 政府网站 footer): the body, who runs the site and
 * its registrations. A setting left blank is an empty string (not shown).
 */
export const siteInfo = z.object({
  /** The enforcement body (`BODY_NAME`). */
  bodyName: z.string(),
  /** 主办单位 (parameter `portal.sponsor`, else the body's name). */
  sponsor: z.string(),
  /** 网站标识码 (`portal.siteCode`). */
  siteCode: z.string(),
  /** ICP备案编号 (`portal.icp`). */
  icp: z.string(),
  /** 公安机关备案号 (`portal.publicSecurityRecord`). */
  publicSecurityRecord: z.string(),
  /** 联系地址 (`portal.address`). */
  address: z.string(),
  /** 联系电话 (`portal.phone`). */
  phone: z.string(),
});
export type SiteInfo = z.infer<typeof siteInfo>;
