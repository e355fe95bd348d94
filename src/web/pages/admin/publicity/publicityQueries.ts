import { useQuery, type QueryClient } from '@tanstack/react-query';
import { disclosuresApi } from '../../../api/publicity.js';
import type { Disclosure } from '../../../api/types.js';
import { caseKey } from '../case/caseContext.js';

/** React Query keys of 行政执法公示: the lists (by filter), one item, the correction requests, the tokens. */
export const DISCLOSURES_KEY = ['disclosures'] as const;
export const disclosureKey = (id: string) => ['disclosure', id] as const;
export const CORRECTIONS_KEY = ['corrections'] as const;
export const API_TOKENS_KEY = ['api-tokens'] as const;

export function useDisclosure(id: string) {
  return useQuery({
    queryKey: disclosureKey(id),
    queryFn: ({ signal }) => disclosuresApi.get(id, signal),
    // others move the item along: always fetched afresh when the page opens
    staleTime: 0,
  });
}

/**
 * After a change to an item: the answer is the item as it is now (shown at once); the lists, the
 * deadlines (the disclosure's due date is a case deadline) and its case are read again.
 */
export async function disclosureChanged(queryClient: QueryClient, item: Disclosure) {
  queryClient.setQueryData(disclosureKey(item.id), item);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: DISCLOSURES_KEY }),
    queryClient.invalidateQueries({ queryKey: ['deadlines'] }),
    queryClient.invalidateQueries({ queryKey: caseKey(item.caseId) }),
  ]);
}
