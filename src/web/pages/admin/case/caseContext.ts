import { useQuery } from '@tanstack/react-query';
import { officersApi, usersApi } from '../../../api/admin.js';
import type { CaseView } from '../../../api/types.js';
import { canAccess, useSession } from '../../../auth/session.js';
import { t } from '../../../i18n/index.js';

/** React Query key prefix of everything about one case (invalidate it after any change). */
export const caseKey = (id: string) => ['case', id] as const;

/** What the signed-in user may do on this case: decided by the server (`abilities` of the case view). */
export type CasePermissions = CaseView['abilities'];

export function casePermissions(c: CaseView): CasePermissions {
  return c.abilities;
}

/**
 * Names of staff by account id, for ids the API returns without a name (requester, uploader,
 * approver): the case's officers, the officer register, the user list where readable; else `fallback`.
 */
export function useStaffNames(
  c?: CaseView,
): (accountId: string | null | undefined, fallback?: string) => string {
  const user = useSession();
  const { officers, users } = useStaffDirectory();
  return (accountId, fallback = t('common.none')) => {
    if (!accountId) return fallback;
    if (accountId === user.id) return user.name;
    return (
      c?.officers.find((o) => o.accountId === accountId)?.name ??
      officers.data?.items.find((o) => o.accountId === accountId)?.name ??
      users.data?.items.find((u) => u.id === accountId)?.name ??
      fallback
    );
  };
}

/** The officer register (every staff role) and, for heads and supervisors, the user list. */
function useStaffDirectory() {
  const user = useSession();
  const officers = useQuery({
    queryKey: ['officers', 'names'],
    queryFn: ({ signal }) => officersApi.list({ page: 1, pageSize: 200 }, signal),
    staleTime: 5 * 60_000,
  });
  const users = useQuery({
    queryKey: ['users', 'names'],
    queryFn: ({ signal }) => usersApi.list({ page: 1, pageSize: 200 }, signal),
    staleTime: 5 * 60_000,
    enabled: canAccess(user, 'users'),
  });
  return { officers, users };
}

/**
 * The person behind a timeline entry: the API gives the account's user name (`officer1`); officers
 * are shown by name from the officer register, the signed-in user by their own name.
 */
export function useActorName(): (username: string) => string {
  const user = useSession();
  const { officers, users } = useStaffDirectory();
  return (username) => {
    if (username === user.username) return user.name;
    return (
      officers.data?.items.find((o) => o.username === username)?.name ??
      users.data?.items.find((u) => u.username === username)?.name ??
      username
    );
  };
}
