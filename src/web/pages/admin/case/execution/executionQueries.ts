import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { casesApi } from '../../../../api/cases.js';
import { executionApi } from '../../../../api/execution.js';
import type { CaseView } from '../../../../api/types.js';
import { caseKey, type CasePermissions } from '../caseContext.js';

export const executionKey = (caseId: string) => [...caseKey(caseId), 'execution'] as const;
export const approvalsKey = (caseId: string) => [...caseKey(caseId), 'approvals'] as const;

export function useExecution(caseId: string) {
  return useQuery({
    queryKey: executionKey(caseId),
    queryFn: ({ signal }) => executionApi.get(caseId, signal),
  });
}

/** The case's approval requests (pending deferrals, instalments and extensions are shown in the tab). */
export function useCaseApprovals(caseId: string) {
  return useQuery({
    queryKey: approvalsKey(caseId),
    queryFn: ({ signal }) => casesApi.approvals(caseId, signal),
  });
}

/** After a change: refresh the case (its execution, records, blockers, deadlines) and say what was done. */
export function useExecutionDone(caseId: string): (text: string) => Promise<void> {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return async (text) => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: caseKey(caseId) }),
      queryClient.invalidateQueries({ queryKey: ['deadlines'] }),
      queryClient.invalidateQueries({ queryKey: ['approvals'] }),
    ]);
    void message.success(text);
  };
}

/** What the signed-in officer may enter on the case now (the server checks again). */
export interface ExecutionAbilities {
  /** Not archived: services, hand-ins, lifting seizures, summary filing. */
  open: boolean;
  /** Not archived, not terminated: seizures and orders to correct. */
  active: boolean;
  /** In 送达执行 and not terminated: payments, plans, 催告, the court. */
  executing: boolean;
  /** In 送达执行 or archived: outcomes of remedies (also after archiving). */
  decided: boolean;
  /** The head's penalty decisions while the case runs (按日连续处罚). */
  decide: boolean;
}

export function executionAbilities(c: CaseView, perms: CasePermissions): ExecutionAbilities {
  const open = perms.write && c.stage !== 'archived';
  const active = open && c.status !== 'terminated';
  return {
    open,
    active,
    executing: active && c.stage === 'execution',
    decided: perms.write && (c.stage === 'execution' || c.stage === 'archived'),
    decide: perms.approve && c.stage !== 'archived' && c.status !== 'terminated',
  };
}
