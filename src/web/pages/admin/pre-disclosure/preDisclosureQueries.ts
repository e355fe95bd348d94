import { useQuery, type QueryClient } from '@tanstack/react-query';
import { preDisclosuresApi, type PreDisclosure } from '../../../api/preDisclosure.js';

/** React Query keys of 事前公开: the lists (by filter, and the dashboard's counts) and one item. */
export const PRE_DISCLOSURES_KEY = ['pre-disclosures'] as const;
export const preDisclosureKey = (id: string) => ['pre-disclosure', id] as const;

export function usePreDisclosure(id: string) {
  return useQuery({
    queryKey: preDisclosureKey(id),
    queryFn: ({ signal }) => preDisclosuresApi.get(id, signal),
    // others move the item along: always fetched afresh when the page opens
    staleTime: 0,
  });
}

/** After a change: the answer is the item as it is now (shown at once); the lists are read again. */
export async function preDisclosureChanged(queryClient: QueryClient, item: PreDisclosure) {
  queryClient.setQueryData(preDisclosureKey(item.id), item);
  await queryClient.invalidateQueries({ queryKey: PRE_DISCLOSURES_KEY });
}
