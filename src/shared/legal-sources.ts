/**
 * Sources that texts shown to users cite by name (catalog rules, parameters, deadlines). Internal
 * markers — [T] / [S] / [?], the seed's section numbers (§二(三)3) — stay in the docs and comments.
 */

/** The bureau's implementation plan of the three systems (the seed document), by its title. */
export const IMPLEMENTATION_PLAN =
  '《清远市生态环境局关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的实施方案》';

/** A part of the implementation plan, named by its heading: 《…实施方案》“明确审核范围”. */
export function planPart(heading: string): string {
  return `${IMPLEMENTATION_PLAN}“${heading}”`;
}

/** What an internal marker looks like; no text shown to users may match it. */
export const INTERNAL_MARKER = /\[(?:T|S|\?)\]|§|阈值可配置|实施方案\s*[一二三四五六七八九十]+\s*[(（]/;
