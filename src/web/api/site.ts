import type { PublicDecisionItem } from './types.js';
import { call } from './call.js';
import { request } from './client.js';

/** An item of a 事前公开 section on the portal (`GET /api/v1/public/pre-disclosures`, docs/api-contract.md). */
export interface PriorItem {
  id: string;
  title: string;
  version: number;
  publishedAt: string;
  department: string;
}
export interface PriorSection {
  code: string;
  title: string;
  items: PriorItem[];
}

/** What the portal shows about the site (the footer) and what the display screen rotates through. */
export const siteApi = {
  info: (signal?: AbortSignal) => call('GET /api/v1/public/site', { signal }),
  /** The latest decisions on the portal, newest first. */
  recentDecisions: async (count: number, signal?: AbortSignal): Promise<PublicDecisionItem[]> =>
    (await call('GET /api/v1/public/decisions', { query: { page: 1, pageSize: count }, signal })).items,
  /**
   * 事前公开 in force, read by the contract's shape (the route is written against docs/api-contract.md);
   * none while the server has no such route or answers something else.
   */
  priorSections: async (signal?: AbortSignal): Promise<PriorSection[]> => {
    const body = await request<unknown>('/api/v1/public/pre-disclosures', { signal });
    const sections = (body as { sections?: unknown } | null)?.sections;
    if (!Array.isArray(sections)) return [];
    return sections.flatMap((s: unknown): PriorSection[] => {
      const { code, title, items } = (s ?? {}) as Record<string, unknown>;
      if (typeof code !== 'string' || typeof title !== 'string' || !Array.isArray(items)) return [];
      const valid = items.filter(
        (i: unknown): i is PriorItem =>
          typeof (i as PriorItem | null)?.id === 'string' && typeof (i as PriorItem).title === 'string',
      );
      return [{ code, title, items: valid }];
    });
  },
};
