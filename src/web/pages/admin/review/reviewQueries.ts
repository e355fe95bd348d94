import { useQuery, type QueryClient } from '@tanstack/react-query';
import { deadlinesApi } from '../../../api/cases.js';
import { daysBetween } from '../../../components/StatusTag.js';
import { todayInChina } from '../../../format.js';
import { caseKey } from '../case/caseContext.js';

/** React Query keys of legal reviews: the queue, one review. A case's rounds live under its case key. */
export const REVIEW_QUEUE_KEY = ['legal-reviews'] as const;
export const reviewKey = (id: string) => ['legal-review', id] as const;
export const caseReviewsKey = (caseId: string) => [...caseKey(caseId), 'legal-reviews'] as const;
export const caseDecisionKey = (caseId: string) => [...caseKey(caseId), 'decision'] as const;

/** After any change to a review: the queue, the review page, the case (rounds, deadlines, timeline). */
export async function invalidateReview(queryClient: QueryClient, caseId: string, reviewId?: string) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: REVIEW_QUEUE_KEY }),
    queryClient.invalidateQueries({ queryKey: ['legal-review'] }),
    queryClient.invalidateQueries({ queryKey: caseKey(caseId) }),
    queryClient.invalidateQueries({ queryKey: ['deadlines'] }),
    ...(reviewId ? [queryClient.invalidateQueries({ queryKey: reviewKey(reviewId) })] : []),
  ]);
}

/**
 * Whether a pending review is due soon: the server's working-day reckoning of the review deadline
 * (case deadline `legal_review:<id>`), else within 2 calendar days.
 */
export function useReviewDueSoon(): (review: { id: string; due: string }) => boolean {
  const soon = useQuery({
    queryKey: ['deadlines', 'due_soon'],
    queryFn: ({ signal }) => deadlinesApi.list('due_soon', signal),
    staleTime: 60_000,
  });
  const today = todayInChina();
  return (review) => {
    if (soon.data) return soon.data.items.some((d) => d.kind === `legal_review:${review.id}`);
    const left = daysBetween(today, review.due);
    return left >= 0 && left <= 2;
  };
}
