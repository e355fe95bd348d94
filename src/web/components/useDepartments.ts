import { useQuery } from '@tanstack/react-query';
import { departmentsApi } from '../api/admin.js';

export const DEPARTMENTS_KEY = ['departments'] as const;

/** The flat department list (shared cache for the tree page and every department picker). */
export function useDepartments(enabled = true) {
  return useQuery({
    queryKey: DEPARTMENTS_KEY,
    queryFn: async ({ signal }) => (await departmentsApi.list(signal)).items,
    enabled,
  });
}
